import type { Command } from "../pipeline/command.js";
import { isUuid } from "../validation/input.js";
import { UserTopic } from "./notifications.events.js";
import { notificationsStore } from "./notifications.store.js";

/** A command on the caller's own rows acts on no agreement, and needs nothing loaded. */
type Nothing = Record<string, never>;

/**
 * Marks the caller's own notifications read (all of them when `ids` is null) and answers the unread
 * count. Another user's ids, or ids that are none, simply match none of the caller's rows.
 */
export const markNotificationsRead: Command<{ ids: string[] | null }, Nothing, string[] | null, number> = {
  name: "markNotificationsRead",
  load: async () => ({}),
  policy: { allows: () => true, refusal: "Bara inloggade användare har notiser" },
  lifecycle: { refusal: "" }, // no states, no check: it never refuses
  validate: (_ctx, { ids }) => ids?.filter(isUuid) ?? null,
  async write({ tx, actor }, _target, ids) {
    if (ids !== null && ids.length === 0) return { result: await notificationsStore.unreadCount(tx, actor.userId) };
    await notificationsStore.markRead(tx, actor.userId, ids);
    return {
      result: await notificationsStore.unreadCount(tx, actor.userId),
      // The caller's other sessions refetch their count and list.
      signals: [UserTopic.signal(tx.municipalityId, actor.userId)],
    };
  },
};
