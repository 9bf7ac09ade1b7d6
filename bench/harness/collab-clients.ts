import * as Y from "yjs";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { gqlHttp, wsRequest, type BenchEnv } from "../support.js";

export const PUSH = "mutation($s: ID!, $u: String!, $o: String) { pushSectionUpdate(sectionId: $s, update: $u, origin: $o) { seq } }";
const UPDATES = "subscription($s: ID!) { sectionUpdates(sectionId: $s) { update } }";
const CREATE = `mutation($p: ID!, $q: ID!) { createAgreement(input: { title: "Bench", kind: DIREKTBESTALLNING, purchaserOrganId: $p, providerOrganId: $q, periodStart: "2027-01-01", periodEnd: "2027-12-31" }) { sections { id } } }`;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const elapsedMs = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e6;

/** A graphql-ws client of the given server URL (the bench's first server, or a second one), connected. */
export async function connectedClient(wsUrl: string, token: string): Promise<Client> {
  const client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    lazy: false,
    retryAttempts: 0,
  });
  await new Promise<void>((resolve, reject) => {
    client.on("connected", () => resolve());
    client.on("closed", (event) => reject(new Error(`socket closed: ${(event as { reason?: string }).reason ?? ""}`)));
  });
  return client;
}

/** One typist: a Y.Doc whose every keystroke becomes an update pushed over graphql-ws. */
export class Typist {
  private readonly doc = new Y.Doc();
  private readonly text = this.doc.getXmlFragment("content");
  constructor(
    readonly client: Client,
    readonly sectionId: string,
  ) {}

  /** Types one character; returns the update it produced (base64) and the push promise (ack = durable). */
  keystroke(char: string): { update: string; acked: Promise<unknown> } {
    const update = this.next(char);
    return { update, acked: wsRequest(this.client, PUSH, { s: this.sectionId, u: update, o: "bench" }) };
  }

  /** The update one keystroke makes, without sending it (the raw relay floor sends the same bytes). */
  next(char: string): string {
    let update = "";
    const capture = (u: Uint8Array) => (update = Buffer.from(u).toString("base64"));
    this.doc.once("update", capture);
    this.doc.transact(() => {
      if (this.text.length === 0) this.text.insert(0, [new Y.XmlText()]);
      const node = this.text.get(0) as Y.XmlText;
      node.insert(node.length, char);
    });
    return update;
  }
}

/** Subscribes `reader` to a section; calls back with each received update (base64) and its arrival time. */
export async function listen(reader: Client, sectionId: string, onUpdate: (update: string, at: bigint) => void): Promise<void> {
  reader.subscribe<{ sectionUpdates: { update: string } }>(
    { query: UPDATES, variables: { s: sectionId } },
    {
      next: (r) => r.data && onUpdate(r.data.sectionUpdates.update, process.hrtime.bigint()),
      error: (e) => console.error("subscription error", e),
      complete: () => {},
    },
  );
}

/** Creates `agreements` draft agreements (8 sections each) as `token`; their section ids. */
export async function createSections(env: BenchEnv, token: string, agreements: number): Promise<string[]> {
  const organs = (await gqlHttp(env, "{ organs { id shortName } }", {}, token)).organs as Array<{ id: string; shortName: string }>;
  const id = (s: string) => organs.find((o) => o.shortName === s)!.id;
  const ids: string[] = [];
  for (let i = 0; i < agreements; i++) {
    const created = await gqlHttp(env, CREATE, { p: id("VON"), q: id("PS") }, token);
    ids.push(...created.createAgreement.sections.map((s: { id: string }) => s.id));
  }
  return ids;
}

/**
 * The floor: the same update bytes, as the same graphql-ws message a push sends, relayed by a bare
 * `ws` server process from one client to `clients - 1` others. Resolves with the arrival latencies.
 */
export async function rawRelay(relayUrl: string, clients: number, updates: string[], gapMs: number): Promise<number[]> {
  const room = `${relayUrl}/room-${clients}-${Math.random().toString(36).slice(2)}`;
  const sockets = await Promise.all(
    Array.from(
      { length: clients },
      () =>
        new Promise<WebSocket>((resolve, reject) => {
          const socket = new WebSocket(room);
          socket.once("open", () => resolve(socket));
          socket.once("error", reject);
        }),
    ),
  );
  const [writer, ...readers] = sockets;
  const sentAt = new Map<string, bigint>();
  const latencies: number[] = [];
  for (const reader of readers)
    reader.on("message", (data) => {
      const at = process.hrtime.bigint();
      const id = JSON.parse(data.toString()).id as string;
      latencies.push(Number(at - sentAt.get(id)!) / 1e6);
    });
  for (let i = 0; i < updates.length; i++) {
    const id = String(i);
    const message = JSON.stringify({
      id,
      type: "subscribe",
      payload: { query: PUSH, variables: { s: "section", u: updates[i], o: "bench" } },
    });
    sentAt.set(id, process.hrtime.bigint());
    writer.send(message);
    await sleep(gapMs);
  }
  await sleep(300);
  for (const socket of sockets) socket.close();
  return latencies;
}
