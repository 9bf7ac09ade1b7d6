import type { Tx } from "../db/database.js";
import type { Role } from "../identity/identity.model.js";
import { NotificationEntity } from "./notification.entity.js";

const MAX_LISTED = 100;

export interface NewNotification {
  kind: string;
  summary: string;
  agreementId?: string | null;
  disputeId?: string | null;
  data?: Record<string, unknown>;
}

/** The notifications' SQL. */
export const notificationsStore = {
  async insert(tx: Tx, userIds: readonly string[], notification: NewNotification): Promise<void> {
    if (userIds.length === 0) return;
    const now = new Date();
    await tx.em.save(
      userIds.map((userId) =>
        tx.em.create(NotificationEntity, {
          municipalityId: tx.municipalityId,
          userId,
          kind: notification.kind,
          summary: notification.summary,
          agreementId: notification.agreementId ?? null,
          disputeId: notification.disputeId ?? null,
          data: notification.data ?? {},
          createdAt: now,
          readAt: null,
        }),
      ),
      { reload: false },
    );
  },

  /** The active users holding one of `roles` in one of `organIds` (all organs when null): a deactivated user is told nothing. */
  async usersWithRoles(tx: Tx, roles: readonly Role[], organIds: readonly string[] | null = null): Promise<string[]> {
    const rows = (await tx.em.query(
      `SELECT DISTINCT r.user_id FROM role_assignment r JOIN app_user u ON u.id = r.user_id AND u.municipality_id = r.municipality_id
       WHERE r.municipality_id = $1 AND u.active AND r.role = ANY($2) AND ($3::uuid[] IS NULL OR r.organ_id = ANY($3))`,
      [tx.municipalityId, roles, organIds],
    )) as Array<{ user_id: string }>;
    return rows.map((r) => r.user_id);
  },

  /** A user's newest notifications, newest first. */
  list(tx: Tx, userId: string, unreadOnly = false): Promise<NotificationEntity[]> {
    const query = tx.em
      .getRepository(NotificationEntity)
      .createQueryBuilder("n")
      .where("n.user_id = :u AND n.municipality_id = :m", { u: userId, m: tx.municipalityId })
      .orderBy("n.created_at", "DESC")
      .addOrderBy("n.id", "DESC")
      .limit(MAX_LISTED);
    if (unreadOnly) query.andWhere("n.read_at IS NULL");
    return query.getMany();
  },

  /** Marks a user's own notifications read: those of `ids`, or all of them when null. */
  async markRead(tx: Tx, userId: string, ids: readonly string[] | null): Promise<void> {
    await tx.em.query(
      `UPDATE notification SET read_at = now()
       WHERE user_id = $1 AND municipality_id = $2 AND read_at IS NULL AND ($3::uuid[] IS NULL OR id = ANY($3))`,
      [userId, tx.municipalityId, ids],
    );
  },

  async unreadCount(tx: Tx, userId: string): Promise<number> {
    const [row] = (await tx.em.query(
      "SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND municipality_id = $2 AND read_at IS NULL",
      [userId, tx.municipalityId],
    )) as Array<{ n: number }>;
    return row.n;
  },
};
