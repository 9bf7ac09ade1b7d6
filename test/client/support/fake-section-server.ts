import * as Y from 'yjs';
import type { RemoteUpdate, SectionTransport, UpdateSink } from '../../../client/features/collab/sync/section-sync.js';

export class CodedError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/** The server's side of the contract, in memory: a durable log with seqs, relaying to the other clients. */
export class FakeServer {
  readonly doc = new Y.Doc();
  readonly log: RemoteUpdate[] = [];
  online = true;
  editable = true;
  pushes: Uint8Array[] = [];
  stateVectorsSeen: Uint8Array[] = [];
  /** Store the next push, then fail as if the answer was lost on the way back. */
  loseNextAck = false;
  refuseNextPush: string | null = null;
  /** Fail the next push with a network error after this many milliseconds. */
  failNextPushAfterMs: number | null = null;
  private readonly subscribers = new Set<{ origin: string; sink: UpdateSink }>();

  transport(origin: string): SectionTransport & { pushCount: () => number } {
    let pushCount = 0;
    return {
      pushCount: () => pushCount,
      fetchState: async (stateVector) => {
        await tick();
        this.assertOnline();
        this.stateVectorsSeen.push(stateVector);
        return { update: Y.encodeStateAsUpdate(this.doc, stateVector), seq: this.log.length, editable: this.editable };
      },
      push: async (update) => {
        pushCount++;
        await tick();
        if (this.failNextPushAfterMs !== null) {
          const ms = this.failNextPushAfterMs;
          this.failNextPushAfterMs = null;
          await new Promise((resolve) => setTimeout(resolve, ms));
          throw new Error('connection lost');
        }
        this.assertOnline();
        if (this.refuseNextPush) {
          const code = this.refuseNextPush;
          this.refuseNextPush = null;
          throw new CodedError(code);
        }
        this.pushes.push(update);
        Y.applyUpdate(this.doc, update);
        const entry = { seq: this.log.length + 1, update };
        this.log.push(entry);
        for (const s of this.subscribers) if (s.origin !== origin) s.sink.next(entry);
        if (this.loseNextAck) {
          this.loseNextAck = false;
          throw new Error('connection lost');
        }
        return { seq: entry.seq };
      },
      subscribe: (afterSeq, sink) => {
        this.assertOnline();
        const subscriber = { origin, sink };
        for (const entry of this.log.slice(afterSeq)) sink.next(entry);
        this.subscribers.add(subscriber);
        return () => this.subscribers.delete(subscriber);
      },
    };
  }

  goOffline(): void {
    this.online = false;
    this.dropSubscriptions();
  }

  dropSubscriptions(): void {
    for (const s of [...this.subscribers]) {
      this.subscribers.delete(s);
      s.sink.error(new Error('socket closed'));
    }
  }

  /** Relays an update as if pushed by someone else, then finds it cannot be kept: every stream ends with CONFLICT. */
  relayThenDrop(update: Uint8Array): void {
    for (const s of [...this.subscribers]) s.sink.next({ seq: this.log.length, update });
    for (const s of [...this.subscribers]) {
      this.subscribers.delete(s);
      s.sink.error(new CodedError('CONFLICT'));
    }
  }

  text(): string {
    return this.doc.getXmlFragment('content').toString();
  }

  private assertOnline(): void {
    if (!this.online) throw new Error('offline');
  }
}

export const tick = () => new Promise((resolve) => setTimeout(resolve, 1));
