// Transitional: what disputes and approval use to notify, until they run through the command runner
// (a command's `notices`). Removed when they do.
import type { Tx } from "../db/database.js";
import { notifyAfterCommit } from "../events/event-log.js";
import type { Role } from "../identity/identity.model.js";
import { UserTopic } from "./notifications.events.js";
import { notificationsStore, type NewNotification } from "./notifications.store.js";

export class LegacyNotifications {
  /** Written in the caller's transaction; each recipient's live count wakes when it commits. */
  async notify(tx: Tx, userIds: Iterable<string>, notification: NewNotification): Promise<void> {
    const recipients = [...new Set(userIds)];
    await notificationsStore.insert(tx, recipients, notification);
    for (const userId of recipients) await notifyAfterCommit(tx, UserTopic.signal(tx.municipalityId, userId));
  }

  usersWithRoles(tx: Tx, roles: readonly Role[], organIds: readonly string[] | null = null): Promise<string[]> {
    return notificationsStore.usersWithRoles(tx, roles, organIds);
  }
}
