import { AsyncQueue } from "../events/async-queue.js";
import type { BusSignal } from "../events/event-bus.js";
import type { FeedSource, SharedFeeds } from "../events/shared-feed.js";
import type { Actor } from "../identity/identity.model.js";
import { assertLeadership } from "./disputes.queries.js";
import { withPermissions, type DisputeData, type DisputeView } from "./disputes.views.js";

/** The process's live queues, one per municipality (bus topic `QueueTopic`, whose id is the municipality's). */
export type QueueFeeds = SharedFeeds<DisputeData[]>;

/** What the live queue needs: the process's feeds, and one read of the disputes named (or, for null, the whole queue). */
export interface QueueFeed {
  feeds: QueueFeeds;
  read(municipalityId: string, disputeIds: string[] | null): Promise<DisputeData[]>;
}

/**
 * `escalationQueueChanged`: every dispute of the caller's municipality that enters, changes in or
 * leaves the queue. The municipality's one feed on this process reads the disputes its signals name
 * once, for every subscriber; each adds what its caller may do with them (no database read). Only
 * kommunledning subscribes, checked here once; a socket whose roles change is closed
 * (`http/ws-sessions.ts`). After a lost LISTEN connection (a signal without a dispute id) the whole
 * queue is sent again.
 */
export async function streamQueueChanges(actor: Actor, feed: QueueFeed): Promise<AsyncIterableIterator<DisputeView>> {
  assertLeadership(actor);
  const municipalityId = actor.municipalityId;
  const membership = feed.feeds.join(municipalityId, municipalityId, () => queueFeed(feed, municipalityId), {
    deliver: (changed) => {
      for (const data of changed) output.push(withPermissions(actor, data));
    },
    fail: (error) => output.fail(error),
  });
  const output = new AsyncQueue<DisputeView>(() => membership.leave());
  return output;
}

/** The disputes signalled since the last read, read once; kept for the next read should this one fail. */
function queueFeed(feed: QueueFeed, municipalityId: string): FeedSource<DisputeData[]> {
  const pending = new Set<string>();
  let everything = false;
  return {
    note(signal: BusSignal) {
      if (typeof signal.disputeId === "string") pending.add(signal.disputeId);
      else everything = true;
    },
    async read() {
      const ids = [...pending];
      const all = everything;
      pending.clear();
      everything = false;
      if (!all && ids.length === 0) return null;
      try {
        const changed = await feed.read(municipalityId, all ? null : ids);
        return changed.length === 0 ? null : changed;
      } catch (error) {
        for (const id of ids) pending.add(id);
        everything ||= all;
        throw error;
      }
    },
  };
}
