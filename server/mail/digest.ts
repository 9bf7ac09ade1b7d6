import { noteAccountChange } from "../identity/identity.events.js";
import type { Tx } from "../db/database.js";
import type { UserLanguage } from "../identity/identity.model.js";
import { noticeAbout, noticePath } from "./notice-mail.js";
import { enqueueMail } from "./outbox.js";
import { DIGEST_LISTED, type DigestMailData } from "./templates.js";

/** At most one digest a day per user. */
const DIGEST_INTERVAL = "1 day";

/**
 * Queues the daily digests that are due in the transaction's municipality: for every active user who
 * chose DAILY and had none in the last day, the notifications still unread that came after the last
 * digest (or, for a first one, in the last day). A user with nothing new gets no mail, and is looked at
 * again at the next sweep. The users' rows are locked (SKIP LOCKED), so two server processes sweeping
 * at once queue one digest each, not two. Returns how many were queued.
 */
export async function queueDigests(tx: Tx): Promise<number> {
  const users = (await tx.em.query(
    `SELECT id, name, email, language, coalesce(last_digest_at, now() - interval '${DIGEST_INTERVAL}') AS since
       FROM app_user
      WHERE municipality_id = $1 AND active AND email_preference = 'DAILY'
        AND (last_digest_at IS NULL OR last_digest_at <= now() - interval '${DIGEST_INTERVAL}')
      FOR UPDATE SKIP LOCKED`,
    [tx.municipalityId],
  )) as Array<{ id: string; name: string; email: string; language: UserLanguage; since: Date }>;
  let queued = 0;
  for (const user of users) {
    const unread = (await tx.em.query(
      `SELECT n.kind, n.agreement_id AS "agreementId", n.dispute_id AS "disputeId", n.data, a.title, a.diarienummer,
              count(*) OVER ()::int AS total
         FROM notification n
         LEFT JOIN agreement a ON a.municipality_id = n.municipality_id AND a.id = n.agreement_id
        WHERE n.municipality_id = $1 AND n.user_id = $2 AND n.read_at IS NULL AND n.created_at > $3
        ORDER BY n.created_at DESC, n.id DESC
        LIMIT $4`,
      [tx.municipalityId, user.id, user.since, DIGEST_LISTED],
    )) as Array<{
      kind: string;
      agreementId: string | null;
      disputeId: string | null;
      data: Record<string, unknown>;
      title: string | null;
      diarienummer: string | null;
      total: number;
    }>;
    if (unread.length === 0) continue;
    const data: DigestMailData = {
      name: user.name,
      total: unread[0].total,
      items: unread.map((n) => ({
        kind: n.kind,
        title: n.title,
        diarienummer: n.diarienummer ?? (typeof n.data.diarienummer === "string" ? n.data.diarienummer : null),
        path: noticePath(n),
        ...noticeAbout(n.data),
      })),
    };
    await enqueueMail(tx, { recipient: user.email, userId: user.id, kind: "DIGEST", language: user.language, data: { ...data } });
    noteAccountChange(tx, user.id);
    await tx.em.query("UPDATE app_user SET last_digest_at = now() WHERE municipality_id = $1 AND id = $2", [tx.municipalityId, user.id]);
    queued++;
  }
  return queued;
}
