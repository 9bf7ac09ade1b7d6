import type { Tx } from "../db/database.js";
import type { EventBus } from "../events/event-bus.js";
import { replayThenLive } from "../events/live-stream.js";
import type { Actor } from "../identity/identity.model.js";
import { assertAllowed } from "../policies/policy.js";
import { remindersPolicy } from "../policies/reminders.policy.js";
import { OverdueFollowUpTopic } from "./reminders.events.js";
import { remindersQueries } from "./reminders.queries.js";

/** What the live count needs: the bus it wakes on, and a read in the caller's municipality. */
export interface OverdueFeed {
  bus: Pick<EventBus, "on">;
  read<R>(work: (tx: Tx) => Promise<R>): Promise<R>;
}

/**
 * `overdueFollowUpChanged`: the number of overdue items at once, then again whenever the sweep found
 * something newly overdue (a due date passed). Reports, acceptances and plans are agreement events,
 * which the client follows per listed agreement; this covers what no event announces.
 */
export async function streamOverdueCount(actor: Actor, feed: OverdueFeed): Promise<AsyncIterableIterator<number>> {
  assertAllowed(remindersPolicy.mayReadOverdue(actor), "Försenad uppföljning visas för kommunledningen och revisorerna");
  return replayThenLive<number>({
    listen: (wake) => feed.bus.on(OverdueFollowUpTopic, actor.municipalityId, wake),
    readNext: async () => [await feed.read((tx) => remindersQueries.overdueCount(tx, actor))],
  });
}
