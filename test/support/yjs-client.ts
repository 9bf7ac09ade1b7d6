import type { Client } from "graphql-ws";
import * as Y from "yjs";
import { gql, ok } from "./graphql.js";
import { wsClient } from "./ws.js";

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
const bytes = (value: string) => new Uint8Array(Buffer.from(value, "base64"));

const STATE = "query($s: ID!, $v: String) { sectionState(sectionId: $s, stateVector: $v) { update seq editable } }";
const PUSH = "mutation($s: ID!, $u: String!, $o: String) { pushSectionUpdate(sectionId: $s, update: $u, origin: $o) { seq } }";
const UPDATES =
  "subscription($s: ID!, $a: Int, $o: String) { sectionUpdates(sectionId: $s, afterSeq: $a, origin: $o) { seq update origin } }";

/**
 * A scripted editor: a real Y.Doc synced with the server through the real API — state vectors over
 * HTTP, pushes over HTTP, live updates over graphql-ws. It keeps unacknowledged updates, as the
 * client does, and can drop and restore its connection.
 */
export class ScriptedEditor {
  readonly doc = new Y.Doc();
  readonly origin = `editor-${Math.random().toString(36).slice(2)}`;
  /** Updates not yet acknowledged, in order. */
  readonly unacked = new Map<number, Uint8Array>();
  readonly acked: Uint8Array[] = [];
  private nextId = 0;
  private ws: Client | null = null;
  private stopSubscription: (() => void) | null = null;
  private received = 0;

  constructor(
    private server: { graphqlUrl: string; wsUrl: string },
    private readonly token: string,
    private readonly sectionId: string,
    private readonly autoPush = true,
  ) {
    this.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin === "server") return;
      const id = this.nextId++;
      this.unacked.set(id, update);
      if (this.autoPush && this.ws) void this.push(id).catch(() => {});
    });
  }

  get text(): string {
    return this.doc.getXmlFragment("content").toString();
  }

  /** Inserts text at `index` of the first paragraph (created on first use). */
  type(text: string, index?: number): void {
    const fragment = this.doc.getXmlFragment("content");
    this.doc.transact(() => {
      if (fragment.length === 0) {
        const paragraph = new Y.XmlElement("paragraph");
        paragraph.insert(0, [new Y.XmlText()]);
        fragment.insert(0, [paragraph]);
      }
      const textNode = (fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText;
      textNode.insert(Math.min(index ?? textNode.length, textNode.length), text);
    });
  }

  deleteRange(index: number, length: number): void {
    const fragment = this.doc.getXmlFragment("content");
    if (fragment.length === 0) return;
    const textNode = (fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText;
    const from = Math.min(index, textNode.length);
    textNode.delete(from, Math.min(length, textNode.length - from));
  }

  async push(id: number): Promise<number> {
    const update = this.unacked.get(id);
    if (!update) return -1;
    const result = await gql<{ pushSectionUpdate: { seq: number } }>(
      this.server,
      PUSH,
      { s: this.sectionId, u: b64(update), o: this.origin },
      this.token,
    );
    const seq = ok(result).pushSectionUpdate.seq;
    this.unacked.delete(id);
    this.acked.push(update);
    return seq;
  }

  /** Sends every unacknowledged update again (after a reconnect); Yjs makes duplicates harmless. */
  async pushAll(): Promise<void> {
    for (const id of [...this.unacked.keys()]) await this.push(id);
  }

  /** State-vector catch-up, then live updates from the returned watermark, then re-send what is unacked. */
  async connect(server = this.server): Promise<void> {
    this.server = server;
    const state = ok(
      await gql<{ sectionState: { update: string; seq: number } }>(
        server,
        STATE,
        { s: this.sectionId, v: b64(Y.encodeStateVector(this.doc)) },
        this.token,
      ),
    ).sectionState;
    Y.applyUpdate(this.doc, bytes(state.update), "server");
    this.ws = wsClient(server, this.token);
    let ready!: () => void;
    const subscribed = new Promise<void>((resolve) => (ready = resolve));
    this.stopSubscription = this.ws.subscribe<{ sectionUpdates: { update: string } }>(
      { query: UPDATES, variables: { s: this.sectionId, a: state.seq, o: this.origin } },
      {
        next: (r) => r.data && (Y.applyUpdate(this.doc, bytes(r.data.sectionUpdates.update), "server"), this.received++),
        error: () => {},
        complete: () => {},
      },
    );
    this.ws.on("connected", () => ready());
    await subscribed;
    await this.pushAll();
  }

  disconnect(): void {
    this.stopSubscription?.();
    void this.ws?.dispose();
    this.ws = null;
  }

  /** The server's whole document for this section, as XML. */
  static async serverText(server: { graphqlUrl: string }, token: string, sectionId: string): Promise<string> {
    const state = ok(await gql<{ sectionState: { update: string } }>(server, STATE, { s: sectionId }, token)).sectionState;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, bytes(state.update));
    return doc.getXmlFragment("content").toString();
  }
}

/** Polls until `check` holds (convergence over live subscriptions), or fails after `timeoutMs`. */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = "condition"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
