import { In } from "typeorm";
import type { AgreementEntity } from "../agreements/agreement.entities.js";
import type { Tx } from "../db/database.js";
import { isDatabaseUnavailable } from "../db/unavailable.js";
import { UserEntity } from "../identity/identity.entities.js";
import type { Actor } from "../identity/identity.model.js";
import type { AgreementEventEntity } from "./agreement-event.entity.js";
import { AsyncQueue } from "./async-queue.js";
import { eventsAfter } from "./event-log.js";
import { markSameForEveryReader } from "./same-for-every-reader.js";
import type { FeedSource, SharedFeeds } from "./shared-feed.js";

/** An event as the streams deliver it: with its actor already read, so that no subscriber reads it again. */
export type LiveAgreementEvent = AgreementEventEntity & { actorUser?: UserEntity | null };

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

/** Events after `afterSeq` (one page), each with its actor, in two statements of one transaction. */
export async function eventsWithActors(tx: Tx, agreementId: string, afterSeq: number, limit = PAGE): Promise<LiveAgreementEvent[]> {
  const events: LiveAgreementEvent[] = await eventsAfter(tx, agreementId, afterSeq, limit);
  const ids = [...new Set(events.map((e) => e.actorId).filter((id): id is string => id !== null))];
  const users = ids.length === 0 ? [] : await tx.em.find(UserEntity, { where: { id: In(ids), municipalityId: tx.municipalityId } });
  const byId = new Map(users.map((u) => [u.id, u]));
  for (const event of events) event.actorUser = event.actorId ? (byId.get(event.actorId) ?? null) : null;
  return events;
}

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
    (wake) => agreementFeed(source, agreement.municipalityId, agreement.id, wake),
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

/** The feed of one agreement: after each signal, the events after the last it read, once. */
function agreementFeed(
  source: Pick<AgreementEventsSource, "readIn">,
  municipalityId: string,
  agreementId: string,
  wake: () => void,
): AgreementFeedSource {
  let lastSeq: number | null = null;
  let signalledBeforeStart = false;
  return {
    startAfter(seq) {
      if (lastSeq !== null) return;
      lastSeq = seq;
      if (signalledBeforeStart) wake();
    },
    async read() {
      if (lastSeq === null) {
        signalledBeforeStart = true;
        return null;
      }
      const from = lastSeq;
      const events = await source.readIn(municipalityId, (tx) => eventsWithActors(tx, agreementId, from));
      if (events.length === 0) return null;
      lastSeq = Math.max(from, events[events.length - 1].seq);
      if (events.length === PAGE) wake();
      return events.map(markSameForEveryReader);
    },
  };
}
