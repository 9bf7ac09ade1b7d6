/**
 * What the section sync needs from the outside world, as interfaces: the server (a transport) and
 * durable storage of unacknowledged updates. graphql-transport.ts and pending-store.ts implement
 * them for the browser; tests implement them in memory.
 */

export interface SectionStateResult {
  /** A Yjs update with what our state vector lacked. */
  update: Uint8Array;
  /** The server's durable log position; live updates are followed after it. */
  seq: number;
  editable: boolean;
}

export interface RemoteUpdate {
  seq: number;
  update: Uint8Array;
}

export interface UpdateSink {
  next(update: RemoteUpdate): void;
  error(error: unknown): void;
  complete(): void;
}

export interface SectionTransport {
  fetchState(stateVector: Uint8Array): Promise<SectionStateResult>;
  /** Resolves only once the update is durably stored. */
  push(update: Uint8Array): Promise<{ seq: number }>;
  /** Replays the updates after `afterSeq`, then live ones (not our own); returns an unsubscribe. */
  subscribe(afterSeq: number, sink: UpdateSink): () => void;
}

export interface PendingEntry {
  key: number;
  update: Uint8Array;
}

/** Durable storage of one section's unacknowledged local updates (see pending-store.ts). */
export interface PendingLog {
  load(): Promise<PendingEntry[]>;
  add(update: Uint8Array): Promise<number>;
  remove(keys: number[]): Promise<void>;
}
