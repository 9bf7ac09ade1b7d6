import type { Database, Tx } from "../db/database.js";
import { isUuid } from "../db/database.js";
import type { EventBus } from "../events/event-bus.js";
import { notifyAfterCommit } from "../events/event-log.js";
import { replayThenLive } from "../events/live-stream.js";
import type { Actor, Role } from "../identity/identity.model.js";
import { NotificationEntity } from "./notification.entity.js";
import { UserTopic } from "./notifications.events.js";

const MAX_LISTED = 100;

export interface NewNotification {
  kind: string;
  summary: string;
  agreementId?: string | null;
  disputeId?: string | null;
  data?: Record<string, unknown>;
}

/**
 * In-app notifications. Written in the caller's transaction, so a step that rolls back notifies
 * nobody; each recipient's live count is woken through the bus when it commits.
 */
export class NotificationsService {
  constructor(
    private readonly db: Database,
    private readonly bus: EventBus,
  ) {}

  async notify(tx: Tx, userIds: Iterable<string>, notification: NewNotification): Promise<void> {
    const recipients = [...new Set(userIds)];
    if (recipients.length === 0) return;
    const now = new Date();
    await tx.em.save(
      recipients.map((userId) => tx.em.create(NotificationEntity, {
        municipalityId: tx.municipalityId,
        userId,
        kind: notification.kind,
        summary: notification.summary,
        agreementId: notification.agreementId ?? null,
        disputeId: notification.disputeId ?? null,
        data: notification.data ?? {},
        createdAt: now,
        readAt: null,
      })),
      { reload: false },
    );
    for (const userId of recipients) await notifyAfterCommit(tx, UserTopic.signal(tx.municipalityId, userId));
  }

  /** The users holding one of `roles` in one of `organIds` (all organs when null). */
  async usersWithRoles(tx: Tx, roles: readonly Role[], organIds: readonly string[] | null = null): Promise<string[]> {
    const rows = (await tx.em.query(
      `SELECT DISTINCT user_id FROM role_assignment
       WHERE municipality_id = $1 AND role = ANY($2) AND ($3::uuid[] IS NULL OR organ_id = ANY($3))`,
      [tx.municipalityId, roles, organIds],
    )) as Array<{ user_id: string }>;
    return rows.map((r) => r.user_id);
  }

  list(tx: Tx, actor: Actor, unreadOnly = false): Promise<NotificationEntity[]> {
    const query = tx.em
      .getRepository(NotificationEntity)
      .createQueryBuilder("n")
      .where("n.user_id = :u AND n.municipality_id = :m", { u: actor.userId, m: tx.municipalityId })
      .orderBy("n.created_at", "DESC")
      .addOrderBy("n.id", "DESC")
      .limit(MAX_LISTED);
    if (unreadOnly) query.andWhere("n.read_at IS NULL");
    return query.getMany();
  }

  async unreadCount(tx: Tx, userId: string): Promise<number> {
    const [row] = (await tx.em.query(
      "SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND municipality_id = $2 AND read_at IS NULL",
      [userId, tx.municipalityId],
    )) as Array<{ n: number }>;
    return row.n;
  }

  /** Marks the caller's own notifications read (all of them when `ids` is null); returns the unread count. */
  async markRead(tx: Tx, actor: Actor, ids: string[] | null): Promise<number> {
    const valid = ids?.filter(isUuid) ?? null;
    if (valid === null || valid.length > 0) {
      await tx.em.query(
        `UPDATE notification SET read_at = now()
         WHERE user_id = $1 AND municipality_id = $2 AND read_at IS NULL AND ($3::uuid[] IS NULL OR id = ANY($3))`,
        [actor.userId, tx.municipalityId, valid],
      );
      await notifyAfterCommit(tx, UserTopic.signal(tx.municipalityId, actor.userId));
    }
    return this.unreadCount(tx, actor.userId);
  }

  /** The caller's unread count now, then again after every change (from any process). */
  watchUnreadCount(actor: Actor): AsyncIterableIterator<number> {
    // Every wake-up yields the count, even an unchanged one: a new notification and a read one in
    // the same moment leave it as it was, yet the list changed and a client refetches it.
    return replayThenLive<number>({
      listen: (wake) => this.bus.on(UserTopic, actor.userId, wake),
      readNext: async () => [await this.db.inMunicipality(actor.municipalityId, (tx) => this.unreadCount(tx, actor.userId))],
    });
  }
}
