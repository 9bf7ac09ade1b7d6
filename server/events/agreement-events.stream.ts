import type { AgreementEntity } from "../agreements/agreement.entities.js";
import type { Tx } from "../db/database.js";
import { isDatabaseUnavailable } from "../db/unavailable.js";
import type { Actor } from "../identity/identity.model.js";
import { AsyncQueue } from "./async-queue.js";
import { ACTOR_JOIN, EVENT_ROW_COLUMNS, carriedEvent, eventOfRow, type EventRow, type LiveAgreementEvent } from "./event-rows.js";
import { markSameForEveryReader } from "./same-for-every-reader.js";
import type { FeedSource, SharedFeeds } from "./shared-feed.js";

export type { LiveAgreementEvent } from "./event-rows.js";

/** The one reader of an agreement's log on this process: it knows how far it has read. */
export interface AgreementFeedSource extends FeedSource<LiveAgreementEvent[]> {
  /** A subscriber has everything up to `seq`: a new feed starts reading after it. */
  startAfter(seq: number): void;
}

export type AgreementFeeds = SharedFeeds<LiveAgreementEvent[], AgreementFeedSource>;

/** What the stream needs: the process's feeds, reads in the caller's (or a named) municipality, and the agreement's read check. */
export interface AgreementEventsSource {
  feeds: AgreementFeeds;
  read<R>(actor: Actor, work: (tx: Tx) => Promise<R>): Promise<R>;
  readIn<R>(municipalityId: string, work: (tx: Tx) => Promise<R>): Promise<R>;
  /** The agreement, if the caller may read it (NOT_FOUND, FORBIDDEN otherwise). */
  readableAgreement(tx: Tx, actor: Actor, agreementId: string): Promise<AgreementEntity>;
}

/** How many events one read takes; a longer log is read in pages. */
const PAGE = 500;
const CATCH_UP_RETRY_MS = 500;

/**
 * Events after `afterSeq` (one page), each with its actor, in one statement: the feed sends it once per
 * change for every subscriber on the process, so it is written out rather than built by the ORM (whose
 * query building and row grouping cost more than the round trip).
 */
export async function eventsWithActors(tx: Tx, agreementId: string, afterSeq: number, limit = PAGE): Promise<LiveAgreementEvent[]> {
  const rows = (await tx.em.query(EVENTS_WITH_ACTORS, [agreementId, tx.municipalityId, afterSeq, limit])) as EventRow[];
  return rows.map(eventOfRow);
}

/**
 * The newest `limit` events before `beforeSeq` (all when null), oldest first, each with its actor, in
 * one statement: the workspace's history page (`Agreement.events(last, beforeSeq)`).
 */
export async function eventsWithActorsBefore(
  tx: Tx,
  agreementId: string,
  beforeSeq: number | null,
  limit: number,
): Promise<LiveAgreementEvent[]> {
  const rows = (await tx.em.query(EVENTS_WITH_ACTORS_BEFORE, [
    agreementId,
    tx.municipalityId,
    beforeSeq ?? 2 ** 31 - 1,
    limit,
  ])) as EventRow[];
  return rows.reverse().map(eventOfRow);
}

const WITH_ACTORS = `SELECT ${EVENT_ROW_COLUMNS} FROM "agreement_event" e ${ACTOR_JOIN}`;
const EVENTS_WITH_ACTORS = `${WITH_ACTORS}
  WHERE e.agreement_id = $1 AND e.municipality_id = $2 AND e.seq > $3
  ORDER BY e.seq ASC LIMIT $4`;
const EVENTS_WITH_ACTORS_BEFORE = `${WITH_ACTORS}
  WHERE e.agreement_id = $1 AND e.municipality_id = $2 AND e.seq < $3
  ORDER BY e.seq DESC LIMIT $4`;

/**
 * `agreementEvents`: checks read access once, replays what the caller lacks, then follows the
 * agreement's log through the process's one feed for it, which reads each new event once for every
 * subscriber. No gap and no duplicate at the seam: the subscriber joins the feed before its replay is
 * read, holds what the feed delivers meanwhile, and drops what it already has; should the feed's
 * events ever not follow on from its own (a gap), it reads the missing ones itself.
 */
export async function streamAgreementEvents(
  source: AgreementEventsSource,
  actor: Actor,
  agreementId: string,
  afterSeq: number | null,
): Promise<AsyncIterableIterator<LiveAgreementEvent>> {
  const agreement = await source.read(actor, (tx) => source.readableAgreement(tx, actor, agreementId));
  let cursor: number | null = null;
  let held: LiveAgreementEvent[] = [];
  let catchingUp = false;

  const take = (events: LiveAgreementEvent[]) => {
    for (let i = 0; i < events.length; i++) {
      const event = events[i];
      if (event.seq <= cursor!) continue;
      if (event.seq > cursor! + 1) return catchUp(events.slice(i));
      cursor = event.seq;
      output.push(event);
    }
  };
  const release = () => {
    catchingUp = false;
    const waiting = held;
    held = [];
    take(waiting);
  };
  const catchUp = (rest: LiveAgreementEvent[]) => {
    catchingUp = true;
    held = [...rest, ...held];
    const from = cursor!;
    source
      .read(actor, (tx) => eventsWithActors(tx, agreement.id, from))
      .then(
        (missing) => {
          // The log has no gaps; should the read find nothing, what the feed had is taken as it is.
          if (missing.length === 0) cursor = Math.max(from, held[0].seq - 1);
          held = [...missing, ...held];
          release();
        },
        (error) => (isDatabaseUnavailable(error) ? setTimeout(release, CATCH_UP_RETRY_MS) : output.fail(error)),
      );
  };

  const membership = source.feeds.join(
    `${agreement.municipalityId}:${agreement.id}`,
    agreement.id,
    (wake, deliver) => agreementFeed(source, agreement.municipalityId, agreement.id, wake, deliver),
    {
      deliver: (events) => (cursor === null || catchingUp ? held.push(...events) : take(events)),
      fail: (error) => output.fail(error),
    },
  );
  const output = new AsyncQueue<LiveAgreementEvent>(() => membership.leave());
  try {
    let replayed = afterSeq ?? agreement.lastEventSeq;
    const replay = await source.read(actor, async (tx) => {
      const events: LiveAgreementEvent[] = [];
      for (let page = await eventsWithActors(tx, agreement.id, replayed); ; page = await eventsWithActors(tx, agreement.id, replayed)) {
        events.push(...page);
        if (page.length > 0) replayed = page[page.length - 1].seq;
        if (page.length < PAGE) return events;
      }
    });
    for (const event of replay) output.push(event);
    cursor = replayed;
    membership.source.startAfter(replayed);
    release();
  } catch (error) {
    membership.leave();
    throw error;
  }
  return output;
}

/**
 * The feed of one agreement: after each signal, the events after the last it handed on, once.
 *
 * An append's signal carries its event and actor when they fit in a notification (`event-rows.ts`):
 * PostgreSQL delivers it only once the append has committed, and it was built under the writer's
 * row-level security, in the agreement's municipality, so it is what a read would find. Carried events
 * that follow on from the last are handed on as they are, with no read. The feed reads the log when
 * a signal carries nothing (too large, or the bus reconnected and may have missed some), when the
 * carried ones leave a gap, or to start; a read's events are handed on as soon as the statement
 * answers, before the read's own transaction ends: they were committed by their writers, and a
 * read-only transaction's commit adds nothing to them. Should the commit fail, the next read starts
 * after them all the same.
 */
function agreementFeed(
  source: Pick<AgreementEventsSource, "readIn">,
  municipalityId: string,
  agreementId: string,
  wake: () => void,
  deliver: (events: LiveAgreementEvent[]) => void,
): AgreementFeedSource {
  let lastSeq: number | null = null;
  let signalledBeforeStart = false;
  let carried: LiveAgreementEvent[] = [];
  let mustRead = false;
  const readAgain = () => {
    mustRead = true;
    wake();
  };
  return {
    startAfter(seq) {
      if (lastSeq !== null) return;
      lastSeq = seq;
      if (signalledBeforeStart) readAgain();
    },
    note(signal) {
      const event = carriedEvent(signal, municipalityId, agreementId);
      if (event) carried.push(event);
      else mustRead = true;
    },
    async read() {
      const arrived = carried;
      carried = [];
      if (lastSeq === null) {
        signalledBeforeStart = true;
        return null;
      }
      const from = lastSeq;
      if (!mustRead) {
        const next = followingOn(arrived, from);
        if (next) {
          if (next.length === 0) return null;
          lastSeq = next[next.length - 1].seq;
          deliver(next.map(markSameForEveryReader));
          return null;
        }
      }
      mustRead = false;
      try {
        await source.readIn(municipalityId, async (tx) => {
          const events = await eventsWithActors(tx, agreementId, from);
          if (events.length === 0) return;
          lastSeq = Math.max(from, events[events.length - 1].seq);
          if (events.length === PAGE) readAgain();
          deliver(events.map(markSameForEveryReader));
        });
      } catch (error) {
        mustRead = true;
        throw error;
      }
      return null;
    },
  };
}

/** The carried events after `seq`, in order, when they follow on from it without a gap; null when they do not. */
function followingOn(events: LiveAgreementEvent[], seq: number): LiveAgreementEvent[] | null {
  const after = events.filter((e) => e.seq > seq).sort((a, b) => a.seq - b.seq);
  for (let i = 0; i < after.length; i++) if (after[i].seq !== seq + 1 + i) return null;
  return after;
}
