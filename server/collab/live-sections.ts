import { SectionTopic } from "./collab.events.js";
import { logger } from "../logging.js";
import { AgreementTopic } from "../events/event-log.js";
import * as Y from "yjs";
import type { AgreementRef, SectionStatus } from "../agreements/agreement.model.js";
import type { Database, Tx } from "../db/database.js";
import { isUuid } from "../db/database.js";
import { notFound } from "../errors.js";
import type { BusSignal, EventBus } from "../events/event-bus.js";
import { NEWEST, updateLog } from "./update-log.js";

/** An update as relayed to editors: `seq` is its log position, or the section's watermark before it is durable. */
export interface RelayedUpdate {
  sectionId: string;
  seq: number;
  update: Uint8Array;
  origin: string | null;
  /** `update` in base64, when it came so (a push, a commit signal): not encoded again for the subscribers. */
  base64?: string;
}

/** A section's agreement as the policies need it, cached while the section is live. */
export interface SectionMeta extends AgreementRef {
  sectionId: string;
  agreementId: string;
  /** OPEN or AGREED: a cache for quick refusals; the durable write checks it again (`update-log.ts`). */
  sectionStatus: SectionStatus;
}

/**
 * One section's Y.Doc held in memory while anyone uses it: updates are applied and relayed here at
 * once, before they are durable. Updates from other processes arrive as signals carrying a sequence
 * number; they are read from the log in signal order, which is commit order.
 */
export class LiveSection {
  /** Named by the section (rather than a random UUID, drawn one crypto call per digit). */
  readonly doc = new Y.Doc({ gc: true, guid: this.meta.sectionId });
  readonly listeners = new Set<(update: RelayedUpdate) => void>();
  /** Every log entry up to here is applied to `doc`. */
  cursor = 0;
  lastUsed = Date.now();
  pendingWrites = 0;
  /** Let go of (it may hold refused updates, and is no longer kept up to date); disposed a moment later. */
  dropped = false;
  private signals: Promise<void> = Promise.resolve();
  private disposed = false;
  private readonly unlisten: Array<() => void> = [];
  /** How each subscriber's stream ends when this copy of the section is dropped. */
  private readonly followers = new Set<(error?: Error) => void>();
  /** Why this copy was dropped while followed, if its followers must start afresh (`dispose`). */
  private dropReason: Error | null = null;

  constructor(
    readonly meta: SectionMeta,
    private readonly db: Database,
    private readonly node: string,
  ) {}

  /** Listens for changes from now on; `early` holds the section's signals heard while it was being read. */
  attach(bus: EventBus, early: BusSignal[] = []): void {
    for (const signal of early) this.inOrder(() => this.onSectionSignal(signal));
    this.unlisten.push(
      bus.on(SectionTopic, this.meta.sectionId, (signal) => this.inOrder(() => this.onSectionSignal(signal))),
      bus.on(AgreementTopic, this.meta.agreementId, () => this.inOrder(() => this.refreshStatus())),
    );
  }

  /** A section's live copy, its agreement and its log read in one transaction (a first push opens it, so it should be quick). */
  static async open(db: Database, municipalityId: string, sectionId: string, node: string): Promise<LiveSection> {
    if (!isUuid(sectionId)) throw notFound("Avsnittet");
    const { meta, log } = await db.inMunicipality(municipalityId, async (tx) => {
      const found = await readSectionMeta(tx, sectionId);
      return { meta: found, log: found && (await updateLog.load(tx, sectionId)) };
    });
    if (!meta || !log) throw notFound("Avsnittet");
    const live = new LiveSection(meta, db, node);
    for (const part of log.parts) Y.applyUpdate(live.doc, part, "log");
    live.cursor = log.seq;
    return live;
  }

  relay(update: RelayedUpdate): void {
    for (const listener of this.listeners) listener(update);
  }

  /**
   * Registers how a subscriber's stream ends if this copy is dropped while it follows it. Returns the
   * function that unregisters it (the subscriber left first).
   */
  follow(end: (error?: Error) => void): () => void {
    if (this.disposed) {
      queueMicrotask(() => end(this.dropReason ?? undefined));
      return () => {};
    }
    this.followers.add(end);
    return () => this.followers.delete(end);
  }

  /**
   * Stops listening; resolves once a signal being handled has finished with the database. Whoever
   * still follows this copy has its stream ended: a copy is dropped while followed when a write of it
   * failed (the database was away) or was refused at commit (the agreement left drafting meanwhile),
   * and the next copy, read from the log, lacks what this one relayed. A client catches up again by
   * state vector when its stream ends, so no one keeps following a copy nobody updates any more.
   *
   * With `reason` (a write failed or was refused), the streams end with that error instead: they were
   * relayed updates that are not in the log and may never be, which a catch-up by state vector would
   * keep; the client drops its copy and reads the section afresh (`SectionSync`, CONFLICT).
   */
  async dispose(reason?: Error): Promise<void> {
    this.disposed = true;
    this.dropped = true;
    this.dropReason = reason ?? null;
    for (const end of [...this.followers]) end(reason);
    this.followers.clear();
    for (const off of this.unlisten) off();
    await this.signals;
    this.doc.destroy();
  }

  /** Signals are handled one at a time, in arrival order (which is commit order). */
  private inOrder(handle: () => Promise<void>): void {
    this.signals = this.signals
      .then(() => (this.disposed ? undefined : handle()))
      .catch((error) => {
        if (!this.disposed) logger().error({ err: error, sectionId: this.meta.sectionId }, "collab signal handling failed");
      });
  }

  private async onSectionSignal(signal: BusSignal): Promise<void> {
    const seq = signal.seq as number | undefined;
    if (seq === undefined) return this.catchUp(NEWEST); // the bus reconnected: read whatever is new
    if (seq <= this.cursor) return;
    if (signal.node === this.node) {
      // Our own commit: every earlier commit by others was signalled, and handled, before it.
      this.cursor = seq;
      return;
    }
    const carried = signal.updates as Array<[string, string | null]> | null | undefined;
    if (carried && seq - carried.length === this.cursor) return this.applyCarried(carried, seq);
    await this.catchUp(seq);
  }

  /** The updates a commit signal carried, which follow on from `cursor`: applied and relayed without reading the log. */
  private applyCarried(carried: Array<[string, string | null]>, lastSeq: number): void {
    for (const [i, [base64, origin]] of carried.entries()) {
      const update = new Uint8Array(Buffer.from(base64, "base64"));
      // Committed, so relayed first (its frames leave at once), then applied to this copy.
      this.relay({ sectionId: this.meta.sectionId, seq: lastSeq - carried.length + 1 + i, update, origin, base64 });
      Y.applyUpdate(this.doc, update, "remote");
    }
    this.cursor = lastSeq;
  }

  private async catchUp(upto: number): Promise<void> {
    const updates = await this.db.inMunicipality(this.meta.municipalityId, (tx) =>
      updateLog.after(tx, this.meta.sectionId, this.cursor, upto, this.node),
    );
    for (const u of updates) {
      Y.applyUpdate(this.doc, u.update, "remote");
      this.relay({ sectionId: this.meta.sectionId, seq: u.seq, update: u.update, origin: u.origin });
    }
    if (upto < NEWEST) this.cursor = Math.max(this.cursor, upto);
    else if (updates.length > 0) this.cursor = Math.max(this.cursor, updates[updates.length - 1].seq);
  }

  /** What the push policy and lifecycle read of this section. */
  get editTarget() {
    return { agreement: this.meta, section: { status: this.meta.sectionStatus } };
  }

  /** Reads the agreement's and the section's status again (a cached refusal is confirmed before it is given). */
  async refreshStatus(): Promise<void> {
    const meta = await loadSectionMeta(this.db, this.meta.municipalityId, this.meta.sectionId);
    this.meta.status = meta.status;
    this.meta.sectionStatus = meta.sectionStatus;
  }
}

export async function loadSectionMeta(db: Database, municipalityId: string, sectionId: string): Promise<SectionMeta> {
  if (!isUuid(sectionId)) throw notFound("Avsnittet");
  const meta = await db.inMunicipality(municipalityId, (tx) => readSectionMeta(tx, sectionId));
  if (!meta) throw notFound("Avsnittet");
  return meta;
}

async function readSectionMeta(tx: Tx, sectionId: string): Promise<SectionMeta | null> {
  const [row] = (await tx.em.query(
    `SELECT s.id AS "sectionId", s.status AS "sectionStatus", a.id AS "agreementId", a.municipality_id AS "municipalityId", a.status,
            a.purchaser_organ_id AS "purchaserOrganId", a.provider_organ_id AS "providerOrganId"
       FROM section s JOIN agreement a ON a.id = s.agreement_id
      WHERE s.id = $1 AND s.municipality_id = $2`,
    [sectionId, tx.municipalityId],
  )) as SectionMeta[];
  return row ? { ...row, id: row.agreementId } : null;
}
