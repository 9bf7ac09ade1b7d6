import pg from "pg";
import { logger } from "../logging.js";
import type { Topic, TopicSignal } from "./event-types.js";

export const NOTIFY_CHANNEL = "balans_events";

/**
 * What crosses processes: ids and sequence numbers (NOTIFY carries < 8000 bytes and is never
 * replayed). A listener reads what it lacks from the database; only a co-editing commit also carries
 * its small updates, which are the log's bytes (`collab/update-log.ts`), and an appended agreement
 * event itself and its actor, as the appending statement found them (`events/event-rows.ts`), each
 * when they fit. Topics are declared by their capabilities (`topic(…)` in `<capability>.events.ts`).
 */
export type BusSignal = TopicSignal;

type Listener = (signal: BusSignal) => void;

/**
 * One LISTEN connection per process fans PostgreSQL notifications out to in-process listeners.
 * After a lost connection it reconnects and tells every listener to re-read (signal without seq),
 * because notifications sent while it was away are gone.
 */
export class EventBus {
  private client: pg.Client | null = null;
  private readonly listeners = new Map<string, Set<Listener>>();
  /** Listeners to every id of a topic (a cache of every user's actor), by topic name. */
  private readonly topicListeners = new Map<string, Set<Listener>>();
  private closed = false;
  private reconnectTimer: NodeJS.Timeout | null = null;

  constructor(private readonly databaseUrl: string) {}

  /** Listening now: while it is not, live updates from other processes wait for the reconnect. */
  get connected(): boolean {
    return this.client !== null;
  }

  async start(): Promise<void> {
    this.client = await this.listen();
  }

  /** Listens to one topic and id, e.g. (AgreementTopic, agreementId). Returns the unsubscribe function. */
  on(topic: Topic<object>, id: string, listener: Listener): () => void {
    const key = `${topic.name}:${id}`;
    const set = this.listeners.get(key) ?? new Set();
    set.add(listener);
    this.listeners.set(key, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(key);
    };
  }

  /**
   * Listens to every signal of `topic`, whatever its id. After a lost connection the listener is called
   * once with the id "" (signals may have been missed: forget everything); `connected` is false meanwhile.
   */
  onTopic(topic: Topic<object>, listener: Listener): () => void {
    const set = this.topicListeners.get(topic.name) ?? new Set();
    set.add(listener);
    this.topicListeners.set(topic.name, set);
    return () => set.delete(listener);
  }

  /**
   * This process's own committed signals, at its commit: to the topic-wide listeners (caches, which
   * must not answer a caller with what the caller just changed) at once. Per-id listeners (streams,
   * sockets) wait for the NOTIFY, so they hear each signal once; a cache is dropped twice, harmlessly.
   */
  deliverCommitted(signals: readonly BusSignal[]): void {
    for (const signal of signals) for (const listener of this.topicListeners.get(signal.topic) ?? []) listener(signal);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private dispatch(payload: string | undefined): void {
    if (!payload) return;
    let signal: BusSignal;
    try {
      signal = JSON.parse(payload) as BusSignal;
    } catch {
      return;
    }
    for (const listener of this.listeners.get(`${signal.topic}:${signal.id}`) ?? []) listener(signal);
    for (const listener of this.topicListeners.get(signal.topic) ?? []) listener(signal);
  }

  private forgetAll(): void {
    for (const [topic, set] of this.topicListeners) for (const listener of set) listener({ topic, id: "", municipalityId: "" });
  }

  /** A connection that LISTENs; any failure on it later (the server restarted, the network) reconnects. */
  private async listen(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: this.databaseUrl, keepAlive: true });
    client.on("notification", (message) => this.dispatch(message.payload));
    client.on("error", (error) => this.onConnectionLost(client, error));
    client.on("end", () => this.onConnectionLost(client, new Error("connection ended")));
    try {
      await client.connect();
      await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
      return client;
    } catch (error) {
      discard(client);
      throw error;
    }
  }

  private onConnectionLost(client: pg.Client, error: Error): void {
    if (this.closed || client !== this.client) return;
    logger().warn({ err: error }, "LISTEN connection lost; reconnecting");
    discard(client);
    this.client = null;
    // Whatever was signalled from now until the reconnect is lost: topic-wide listeners forget at once.
    this.forgetAll();
    const retry = (delayMs: number) => {
      this.reconnectTimer = setTimeout(async () => {
        if (this.closed) return;
        let fresh: pg.Client;
        try {
          fresh = await this.listen();
        } catch {
          return retry(Math.min(delayMs * 2, MAX_RECONNECT_DELAY_MS));
        }
        if (this.closed) return discard(fresh);
        this.client = fresh;
        this.forgetAll();
        for (const [key, set] of this.listeners) {
          const [topic, id] = key.split(/:(.*)/s);
          for (const listener of set) listener({ topic, id, municipalityId: "" });
        }
      }, delayMs);
    };
    retry(100);
  }
}

/** The longest wait between two attempts to listen again: how long live updates may lag a database that is back. */
const MAX_RECONNECT_DELAY_MS = 2000;

/**
 * Lets go of a connection that failed. A dying connection reports more than once (PostgreSQL's
 * "terminating connection", then the socket's end): an `error` without a listener would end the process.
 */
function discard(client: pg.Client): void {
  client.removeAllListeners();
  client.on("error", () => {});
  client.end().catch(() => {});
}
