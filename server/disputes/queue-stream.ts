import type { EventBus } from "../events/event-bus.js";
import { replayThenLive } from "../events/live-stream.js";
import type { Actor } from "../identity/identity.model.js";
import { QueueTopic } from "./disputes.events.js";
import { assertLeadership } from "./disputes.queries.js";
import type { DisputeView } from "./disputes.views.js";

/** What the live queue needs: the bus it wakes on, and a fresh read of the disputes named (or, for null, the whole queue). */
export interface QueueFeed {
  bus: Pick<EventBus, "on">;
  read(disputeIds: string[] | null): Promise<DisputeView[]>;
}

/**
 * `escalationQueueChanged`: every dispute of the caller's municipality that enters, changes in or
 * leaves the queue, read fresh from the database when its signal arrives. After a lost LISTEN
 * connection (a signal without a dispute id) the whole queue is sent again.
 */
export async function streamQueueChanges(actor: Actor, feed: QueueFeed): Promise<AsyncIterableIterator<DisputeView>> {
  assertLeadership(actor);
  const pending = new Set<string>();
  let everything = false;
  return replayThenLive<DisputeView>({
    listen: (wake) =>
      feed.bus.on(QueueTopic, actor.municipalityId, (signal) => {
        if (typeof signal.disputeId === "string") pending.add(signal.disputeId);
        else everything = true;
        wake();
      }),
    readNext: () => {
      const ids = [...pending];
      const all = everything;
      pending.clear();
      everything = false;
      if (all) return feed.read(null);
      return ids.length === 0 ? Promise.resolve([]) : feed.read(ids);
    },
  });
}
