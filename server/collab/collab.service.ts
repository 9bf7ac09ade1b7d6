import * as Y from "yjs";
import { logger } from "../logging.js";
import type { Database } from "../db/database.js";
import { badInput, conflict, forbidden, invalidState, notFound } from "../errors.js";
import { AsyncQueue } from "../events/async-queue.js";
import type { BusSignal, EventBus } from "../events/event-bus.js";
import type { AgreementRef } from "../agreements/agreement.model.js";
import type { Actor } from "../identity/identity.model.js";
import { assertAllowed } from "../policies/policy.js";
import { agreementPolicy } from "../policies/agreements.policy.js";
import { lifecycleRefusal, permits } from "../pipeline/permissions.js";
import { pushSectionUpdate } from "./collab.commands.js";
import { SectionTopic } from "./collab.events.js";
import { LiveSection, type RelayedUpdate } from "./live-sections.js";
import { SectionWrites } from "./section-writes.js";
import { compactSection, updateLog } from "./update-log.js";
import { assertValidStateVector, assertValidUpdate, decodeBase64, encodeBase64 } from "./yjs-codec.js";

export interface CollabOptions {
  node: string;
  maxUpdateBytes: number;
  /** A section unused this long is dropped from memory. */
  idleMs?: number;
  /** How long a write waits for others to share its commit (default 4 ms; acks stay far below 200 ms). */
  writeLingerMs?: number;
  /** Updates older than this are folded into snapshots by the background compaction. */
  compactAfterSeconds?: number;
  /**
   * Runs once a push is durable on a section that carried marks on its earlier content, as the one who
   * pushed: those marks no longer hold (`section-marks/clearOutdatedMarks`, through the runner).
   */
  afterMarkedEdit?: (actor: Actor, sectionId: string) => Promise<unknown>;
  /** Why a client's push may not be applied to the document as it is (null: it may), checked before anything changes. */
  pushRefusal?: (actor: Actor, agreement: AgreementRef, doc: Y.Doc, update: Uint8Array) => string | null;
}

/** A section's current document as a Yjs update (`CollabService.snapshotOf`): what comments and history read. */
export type SectionSnapshots = (municipalityId: string, sectionId: string) => Promise<Uint8Array>;

/**
 * Co-editing of sections as Yjs documents (API.md: sectionState, pushSectionUpdate, sectionUpdates).
 * Transport-free: it takes and returns bytes and async iterators, whatever carried them.
 */
export class CollabService {
  private readonly sections = new Map<string, Promise<LiveSection>>();
  private readonly writes = new SectionWrites(this.db, {
    node: this.options.node,
    lingerMs: this.options.writeLingerMs ?? 4,
    forget: (live) => this.forget(live),
    markedEdit: (actor, sectionId) => this.markedEdit(actor, sectionId),
  });
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly db: Database,
    private readonly bus: EventBus,
    private readonly options: CollabOptions,
  ) {
    this.timer = setInterval(() => void this.maintain(), 15_000).unref();
  }

  /** What the caller lacks, given its state vector (all of it without one), and the durable watermark. */
  async state(actor: Actor, sectionId: string, stateVector?: string | null) {
    const vector = stateVector ? decodeBase64(stateVector, "stateVector") : undefined;
    if (vector) assertValidStateVector(vector);
    for (;;) {
      const live = await this.open(actor, sectionId);
      // A cached "no" is confirmed first: the section may have been reopened a moment ago.
      if (!permits(pushSectionUpdate, actor, live.editTarget)) await live.refreshStatus();
      const state = {
        update: encodeBase64(Y.encodeStateAsUpdate(live.doc, vector)),
        seq: live.cursor,
        editable: permits(pushSectionUpdate, actor, live.editTarget),
      };
      // The copy may hold updates not yet durable. They leave only once their writes are settled: a
      // refused one drops the copy, and the state is taken again from the log (no phantom edit).
      if (live.pendingWrites > 0) await this.writes.barrier();
      if (!live.dropped) return state;
    }
  }

  /** Applies and relays at once; resolves with the update's log position once it is durable. */
  async push(actor: Actor, sectionId: string, updateBase64: string, origin: string | null): Promise<number> {
    if (updateBase64.length > Math.ceil(this.options.maxUpdateBytes / 3) * 4)
      throw badInput(`Uppdateringen är större än ${Math.round(this.options.maxUpdateBytes / 1024)} kB`, "update");
    return this.apply(actor, sectionId, decodeBase64(updateBase64, "update"), origin, updateBase64, this.options.pushRefusal);
  }

  /**
   * An update the server made on the actor's behalf (restoring a version): the same guards, relay and
   * durable log as `push`, without the limits meant for what clients send (size, and whose suggestions
   * it may change: a restore is a recorded decision of its own).
   */
  applyServerUpdate(actor: Actor, sectionId: string, update: Uint8Array, origin: string | null): Promise<number> {
    return this.apply(actor, sectionId, update, origin, encodeBase64(update));
  }

  private async apply(
    actor: Actor,
    sectionId: string,
    update: Uint8Array,
    origin: string | null,
    base64: string,
    refusalOf?: CollabOptions["pushRefusal"],
  ): Promise<number> {
    const live = await this.open(actor, sectionId);
    // The runner's checks, in its order, from the command's declaration; the write is the group commit.
    if (!pushSectionUpdate.policy.allows(actor, live.editTarget)) throw forbidden(pushSectionUpdate.policy.refusal);
    // A refusal from the cache is confirmed from the database first: the section may have been reopened
    // (by a restore that pushes next, say) before this process heard of it. A cached "yes" is checked
    // again at the durable write.
    if (lifecycleRefusal(pushSectionUpdate, actor, live.editTarget) !== null) await live.refreshStatus();
    const refusal = lifecycleRefusal(pushSectionUpdate, actor, live.editTarget);
    if (refusal !== null) throw invalidState(refusal);
    assertValidUpdate(update, live.doc);
    const refused = refusalOf?.(actor, live.meta, live.doc, update) ?? null;
    if (refused !== null) throw badInput(refused, "update");
    // Checked in full: relayed first (the other editors' frames leave now), then applied here.
    live.relay({ sectionId, seq: live.cursor, update, origin, base64 });
    try {
      Y.applyUpdate(live.doc, update, origin ?? actor.userId);
    } catch (error) {
      this.forget(live); // relayed but not held: whoever was sent it starts afresh
      throw error;
    }
    live.pendingWrites++;
    try {
      return await this.writes.submit({ live, update, base64, userId: actor.userId, actor, origin });
    } finally {
      live.pendingWrites--;
      live.lastUsed = Date.now();
    }
  }

  /** Replays the durable updates after `afterSeq` (none without it), then relays live ones, minus the caller's own origin. */
  async subscribe(
    actor: Actor,
    sectionId: string,
    afterSeq: number | null,
    origin: string | null,
  ): Promise<AsyncIterableIterator<RelayedUpdate>> {
    const live = await this.open(actor, sectionId);
    const forward = (u: RelayedUpdate) => {
      if (!origin || u.origin !== origin) queue.push(u);
    };
    const queue = new AsyncQueue<RelayedUpdate>(() => {
      live.listeners.delete(forward);
      unfollow();
      live.lastUsed = Date.now();
    });
    const unfollow = live.follow((error) => (error ? queue.fail(error) : queue.end()));
    if (afterSeq === null) {
      live.listeners.add(forward);
      return queue;
    }
    // Listen first and hold live updates back until the replay is out, so nothing falls in between.
    // Updates relayed before we listened are not held: wait until they are durable, so the replay has them.
    const held: RelayedUpdate[] = [];
    const hold = (u: RelayedUpdate) => held.push(u);
    live.listeners.add(hold);
    try {
      await this.writes.barrier();
      const replay = await this.db.inMunicipality(actor.municipalityId, (tx) => updateLog.after(tx, sectionId, afterSeq));
      for (const u of replay) forward({ sectionId, ...u });
      for (const u of held) forward(u);
      live.listeners.add(forward);
    } finally {
      live.listeners.delete(hold);
    }
    return queue;
  }

  /**
   * The section's current document (a copy), for history and comments; read outside any transaction.
   * Bound, so it can be handed on alone as their narrow dependency.
   */
  readonly snapshotOf: SectionSnapshots = async (municipalityId, sectionId) => {
    const live = await this.openUnchecked(municipalityId, sectionId);
    return Y.encodeStateAsUpdate(live.doc);
  };

  /**
   * Resolves once this process's copy of the section holds its log up to `seq`: a write logged outside
   * the group commit (a decision on a suggestion) reaches it through the bus a moment after its commit.
   */
  async reached(municipalityId: string, sectionId: string, seq: number, timeoutMs = 5_000): Promise<void> {
    const live = await this.openUnchecked(municipalityId, sectionId);
    for (const until = Date.now() + timeoutMs; live.cursor < seq && Date.now() < until;)
      await new Promise((resolve) => setTimeout(resolve, 5));
  }

  /** Waits for every write submitted so far (tests, shutdown). */
  flushed(): Promise<void> {
    return this.writes.flushed();
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flushed();
    for (const live of this.sections.values()) await (await live.catch(() => null))?.dispose();
    this.sections.clear();
  }

  /** Compacts long logs and drops sections nobody uses. */
  async maintain(): Promise<void> {
    await this.compactLongLogs().catch((error) => logger().error({ err: error }, "collab compaction failed"));
    const idleMs = this.options.idleMs ?? 60_000;
    for (const [id, promise] of this.sections) {
      const live = await promise.catch(() => null);
      if (live && live.listeners.size === 0 && live.pendingWrites === 0 && Date.now() - live.lastUsed > idleMs) {
        this.sections.delete(id);
        void live.dispose();
      }
    }
  }

  async compactLongLogs(minUpdates = 200): Promise<number> {
    // Found across municipalities (ids only), compacted in each one's own transaction.
    const minAge = this.options.compactAfterSeconds ?? 10;
    const long = await this.db.across.longSectionLogs(minUpdates, minAge, 50);
    let folded = 0;
    for (const { sectionId, municipalityId } of long)
      folded += await this.db.inMunicipality(municipalityId, (tx) =>
        compactSection(tx, sectionId, minAge, (parts) => Y.mergeUpdates(parts)),
      );
    return folded;
  }

  private async open(actor: Actor, sectionId: string): Promise<LiveSection> {
    const live = await this.openUnchecked(actor.municipalityId, sectionId);
    assertAllowed(agreementPolicy.canRead(actor, live.meta), "Du har ingen roll i den här överenskommelsens nämnder");
    live.lastUsed = Date.now();
    return live;
  }

  private openUnchecked(municipalityId: string, sectionId: string): Promise<LiveSection> {
    let promise = this.sections.get(sectionId);
    if (!promise) {
      promise = (async () => {
        // Commits signalled while the section is read are handled once it is (those it already holds are skipped).
        const early: BusSignal[] = [];
        const off = this.bus.on(SectionTopic, sectionId, (signal) => early.push(signal));
        try {
          const live = await LiveSection.open(this.db, municipalityId, sectionId, this.options.node);
          live.attach(this.bus, early);
          return live;
        } finally {
          off();
        }
      })();
      this.sections.set(sectionId, promise);
      promise.catch(() => this.sections.delete(sectionId));
    }
    return promise.then((live) => {
      if (live.meta.municipalityId !== municipalityId) throw notFound("Avsnittet");
      return live;
    });
  }

  /** After the commit, apart from the push's answer: a failure leaves marks that no longer count anyway. */
  private markedEdit(actor: Actor, sectionId: string): void {
    void this.options
      .afterMarkedEdit?.(actor, sectionId)
      .catch((error) => logger().warn({ err: error, sectionId }, "clearing outdated section marks failed"));
  }

  /**
   * A section whose writes failed or were refused: its copy is dropped (reloaded from the log next
   * time), and whoever follows it starts afresh, since they were relayed what the log lacks.
   */
  private forget(live: LiveSection): void {
    this.sections.delete(live.meta.sectionId);
    live.dropped = true;
    const relayedMoreThanStored = conflict(live.cursor, "Avsnittet har ändrats; det läses in på nytt");
    setImmediate(() => void live.dispose(relayedMoreThanStored));
  }
}
