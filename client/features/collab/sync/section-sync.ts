import * as Y from 'yjs';
import type { PendingEntry, PendingLog, SectionTransport } from './ports.js';

/**
 * Keeps one section's Y.Doc in step with the server. Knows nothing of Vue or of how bytes travel:
 * the transport and the pending log are passed in, so tests drive it with in-memory fakes.
 *
 * - Local updates go out at once; updates made while a push is in flight are merged into the next push.
 * - Every local update is kept in the pending log until the server acknowledges it as durable, so a
 *   drop or a reload never loses it; re-sending something the server has is harmless in Yjs.
 * - (Re)connecting exchanges state vectors: fetch what we lack, then follow updates after its seq.
 */

export type { PendingEntry, PendingLog, RemoteUpdate, SectionStateResult, SectionTransport, UpdateSink } from './ports.js';

export type SyncStatus = 'connecting' | 'saving' | 'saved' | 'offline' | 'readonly';
/** Why local updates were dropped (first three) or syncing stopped (the rest). */
export type SyncProblem = 'INVALID_STATE' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'NOT_FOUND';

export interface SyncState {
  status: SyncStatus;
  /** True once the server's state has been applied at least once. */
  ready: boolean;
  /** Whether local edits may be made now (the server says so and nothing was refused). */
  editable: boolean;
  /** Local updates not yet acknowledged. */
  pending: number;
  problem: SyncProblem | null;
  /**
   * The document now holds changes the server never will: local updates were dropped, or the server
   * had relayed others' updates that it then could not keep (CONFLICT on the stream). Start afresh.
   */
  diverged: boolean;
  /**
   * The newest log position this document is known to hold (catch-up, acknowledged pushes, and
   * updates from others as they come): what marking the section as agreed names.
   */
  seq: number;
}

export interface SectionSyncOptions {
  onChange?: (state: SyncState) => void;
  /** Milliseconds before reconnect attempt `n` (0-based). */
  retryDelay?: (attempt: number) => number;
}

/** The push was refused for good: drop it and stop editing. */
const REFUSED = new Set(['INVALID_STATE', 'FORBIDDEN']);
/** Retrying cannot help: stop syncing. */
const FATAL = new Set(['UNAUTHENTICATED', 'NOT_FOUND', 'FORBIDDEN']);

const defaultRetryDelay = (attempt: number): number => Math.min(10_000, 500 * 2 ** attempt) + Math.random() * 500;

/** The server's `extensions.code` of an error, when the transport put one on it. */
export function errorCodeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

interface OutboxEntry {
  update: Uint8Array;
  /** Its key in the pending log; null if it could not be stored there. */
  key: Promise<number | null>;
}

/** Origin of the updates the pending log restores: already stored, so not stored again. */
const RESTORED = Symbol('restored');

export class SectionSync {
  private outbox: OutboxEntry[] = [];
  private inFlight = false;
  private connected = false;
  private ready = false;
  private stopped = false;
  private serverEditable = false;
  private problem: SyncProblem | null = null;
  private refused = false;
  private diverged = false;
  private attempt = 0;
  private generation = 0;
  private seq = 0;
  private unsubscribe: (() => void) | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly retryDelay: (attempt: number) => number;

  constructor(
    readonly doc: Y.Doc,
    private readonly transport: SectionTransport,
    private readonly pending: PendingLog,
    private readonly options: SectionSyncOptions = {},
  ) {
    this.retryDelay = options.retryDelay ?? defaultRetryDelay;
  }

  get state(): SyncState {
    let status: SyncStatus;
    if (this.refused) status = 'readonly';
    else if (!this.connected) status = this.ready || this.attempt > 0 ? 'offline' : 'connecting';
    else if (this.outbox.length > 0) status = 'saving';
    else status = 'saved';
    return {
      status,
      ready: this.ready,
      editable: this.ready && this.serverEditable && !this.refused,
      pending: this.outbox.length,
      problem: this.problem,
      diverged: this.diverged,
      seq: this.seq,
    };
  }

  /** Restores unacknowledged updates from the pending log, then connects. */
  async start(): Promise<void> {
    this.doc.on('update', this.onUpdate);
    const restored = await this.pending.load().catch(() => [] as PendingEntry[]);
    if (this.stopped) return;
    for (const entry of restored) {
      Y.applyUpdate(this.doc, entry.update, RESTORED);
      this.outbox.push({ update: entry.update, key: Promise.resolve(entry.key) });
    }
    await this.connect();
  }

  stop(): void {
    this.stopped = true;
    this.doc.off('update', this.onUpdate);
    this.disconnect();
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this || origin === RESTORED || this.stopped) return;
    const key = this.pending.add(update).catch(() => null);
    this.outbox.push({ update, key });
    this.changed();
    void this.flush();
  };

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const generation = ++this.generation;
    try {
      const state = await this.transport.fetchState(Y.encodeStateVector(this.doc));
      if (this.stopped || generation !== this.generation) return;
      Y.applyUpdate(this.doc, state.update, this);
      this.serverEditable = state.editable;
      this.seq = Math.max(this.seq, state.seq);
      this.unsubscribe = this.transport.subscribe(state.seq, {
        next: ({ update, seq }) => {
          if (generation !== this.generation) return;
          Y.applyUpdate(this.doc, update, this);
          if (seq > this.seq) {
            this.seq = seq;
            this.changed();
          }
        },
        error: (error) => this.lost(generation, error),
        complete: () => this.lost(generation, new Error('subscription ended')),
      });
      if (generation !== this.generation) return; // the subscription failed at once
      this.connected = true;
      this.ready = true;
      this.attempt = 0;
      this.changed();
      await this.flush();
    } catch (error) {
      this.lost(generation, error);
    }
  }

  private disconnect(): void {
    this.generation++;
    this.connected = false;
    this.unsubscribe?.();
    this.unsubscribe = null;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  /** The connection (or a request on it) failed: catch up again later, unless retrying cannot help. */
  private lost(generation: number, error: unknown): void {
    if (this.stopped || generation !== this.generation) return;
    this.disconnect();
    const code = errorCodeOf(error);
    if (code === 'CONFLICT') {
      // A catch-up by state vector would keep what the server relayed and then refused.
      this.diverged = true;
      this.changed();
      return;
    }
    if (code && FATAL.has(code)) {
      this.problem = code as SyncProblem;
      if (code === 'FORBIDDEN') this.refused = true;
      this.changed();
      return;
    }
    const delay = this.retryDelay(this.attempt++);
    this.retryTimer = setTimeout(() => void this.connect(), delay);
    this.changed();
  }

  private async flush(): Promise<void> {
    if (!this.connected || this.inFlight || this.outbox.length === 0 || this.stopped) return;
    const batch = this.outbox.slice();
    const generation = this.generation;
    const merged = batch.length === 1 ? batch[0]!.update : Y.mergeUpdates(batch.map((e) => e.update));
    this.inFlight = true;
    try {
      const { seq } = await this.transport.push(merged);
      this.seq = Math.max(this.seq, seq);
      this.settle(batch);
    } catch (error) {
      const code = errorCodeOf(error);
      if (code && REFUSED.has(code)) {
        this.settle(batch);
        this.refused = true;
        this.diverged = true;
        this.problem = code as SyncProblem;
      } else if (code === 'BAD_USER_INPUT') {
        this.settle(batch);
        this.diverged = true;
        this.problem = code;
      } else {
        // Kept in the outbox: sent again after catching up. If a new connection came up while
        // this push was out, it could not flush (one push at a time): flush now instead.
        this.inFlight = false;
        if (generation === this.generation) this.lost(generation, error);
        else await this.flush();
        return;
      }
    } finally {
      this.inFlight = false;
    }
    this.changed();
    await this.flush();
  }

  /** The batch is done with (stored, or refused for good): forget it here and in the pending log. */
  private settle(batch: OutboxEntry[]): void {
    this.outbox = this.outbox.filter((entry) => !batch.includes(entry));
    void Promise.all(batch.map((entry) => entry.key))
      .then((keys) => {
        const stored = keys.filter((key): key is number => key !== null);
        return stored.length > 0 ? this.pending.remove(stored) : undefined;
      })
      .catch(() => undefined); // left in the log: re-sent after a reload, which is harmless
  }

  private changed(): void {
    this.options.onChange?.(this.state);
  }
}
