import type { Client } from "graphql-ws";
import * as Y from "yjs";
import { gql, ok, type GraphqlResult } from "./graphql.js";
import { wsClient } from "./ws.js";

type PushAck = { pushSectionUpdate: { seq: number } };

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
  /** Bumped at every connect and disconnect: a callback of an older connection is ignored. */
  private generation = 0;

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
      if (this.autoPush && this.ws) {
        const generation = this.generation;
        void this.push(id).catch((error) => generation === this.generation && this.lost(error));
      }
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
    const seq = ok(await this.send({ s: this.sectionId, u: b64(update), o: this.origin })).pushSectionUpdate.seq;
    this.unacked.delete(id);
    this.acked.push(update);
    return seq;
  }

  /** How a push travels: here as an HTTP request of its own. */
  protected send(variables: Record<string, unknown>): Promise<GraphqlResult<PushAck>> {
    return gql<PushAck>(this.server, PUSH, variables, this.token);
  }

  /** The socket of the current connection, if connected. */
  protected get socket(): Client | null {
    return this.ws;
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
    const generation = ++this.generation;
    this.ws = wsClient(server, this.token);
    let ready!: () => void;
    let refused!: (error: Error) => void;
    const subscribed = new Promise<void>((resolve, reject) => ((ready = resolve), (refused = reject)));
    const ended = (error: unknown) => {
      refused(new Error(`subscription ended: ${JSON.stringify(error)}`));
      if (generation === this.generation) this.lost(error);
    };
    this.stopSubscription = this.ws.subscribe<{ sectionUpdates: { update: string } }>(
      { query: UPDATES, variables: { s: this.sectionId, a: state.seq, o: this.origin } },
      {
        next: (r) => r.data && (Y.applyUpdate(this.doc, bytes(r.data.sectionUpdates.update), "server"), this.received++),
        error: ended,
        complete: () => ended("complete"),
      },
    );
    this.ws.on("connected", () => ready());
    await subscribed;
    await this.pushAll();
  }

  disconnect(): void {
    this.generation++;
    this.stopSubscription?.();
    void this.ws?.dispose();
    this.ws = null;
  }

  /**
   * The connection failed while in use: a push, or the live updates ended (a dropped socket, or the
   * server reloading the section). This editor stays as it is; `ResyncingEditor` catches up again.
   */
  protected lost(_error: unknown): void {}

  /** The server's whole document for this section, as XML. */
  static async serverText(server: { graphqlUrl: string }, token: string, sectionId: string): Promise<string> {
    const state = ok(await gql<{ sectionState: { update: string } }>(server, STATE, { s: sectionId }, token)).sectionState;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, bytes(state.update));
    return doc.getXmlFragment("content").toString();
  }
}

/**
 * An editor that behaves like the browser's section sync (client/features/collab/sync/section-sync.ts)
 * when its connection fails: it disconnects, and after a short back-off catches up again by state
 * vector, follows the live updates anew and re-sends everything not yet acknowledged, until it works.
 */
export class ResyncingEditor extends ScriptedEditor {
  /** How many times it caught up again after a failure. */
  resyncs = 0;
  private retry: NodeJS.Timeout | null = null;
  /** Catching up now; a failure meanwhile means catching up once more. */
  private connecting = false;
  private failedWhileConnecting = false;
  private stopped = false;

  /** Stops for good (no more catching up). */
  stop(): void {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    this.disconnect();
  }

  /** On the connection's socket, as the browser sends it (client/features/collab/sync/graphql-transport.ts). */
  protected override send(variables: Record<string, unknown>): Promise<GraphqlResult<PushAck>> {
    const socket = this.socket;
    if (!socket) return Promise.reject(new Error("not connected"));
    return new Promise((resolve, reject) => {
      let result: GraphqlResult<PushAck> = {};
      socket.subscribe<PushAck>(
        { query: PUSH, variables },
        { next: (r) => (result = r as GraphqlResult<PushAck>), error: reject, complete: () => resolve(result) },
      );
    });
  }

  protected override lost(): void {
    if (this.connecting) this.failedWhileConnecting = true;
    if (this.stopped || this.retry || this.connecting) return;
    this.disconnect();
    const attempt = (delayMs: number) => {
      this.retry = setTimeout(async () => {
        this.retry = null;
        this.connecting = true;
        this.failedWhileConnecting = false;
        try {
          await this.connect();
          this.resyncs++;
        } catch {
          this.failedWhileConnecting = true;
        } finally {
          this.connecting = false;
        }
        if (this.failedWhileConnecting && !this.stopped) {
          this.disconnect();
          attempt(Math.min(delayMs * 2, 1000));
        }
      }, delayMs);
    };
    attempt(50);
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
