import type { Tx } from "../db/database.js";
import type { UserLanguage } from "../identity/identity.model.js";
import type { NewNotification } from "../notifications/notifications.store.js";
import { isFollowUpNotification } from "../reminders/reminders.events.js";
import { enqueueMail } from "./outbox.js";
import type { NoticeMailItem, NotificationMailData } from "./templates.js";

/** The page a notification leads to in the app, as the bell's list links it: a reminder, the agreement's follow-up. */
export const noticePath = (n: { kind?: string; agreementId?: string | null; disputeId?: string | null }): string =>
  n.disputeId
    ? `/tvister/${n.disputeId}`
    : n.agreementId
      ? `/overenskommelser/${n.agreementId}${n.kind && isFollowUpNotification(n.kind) ? "/uppfoljning" : ""}`
      : "/";

/** A reminder's period and due date, from the notification's data: dates, never agreement content. */
export function noticeAbout(data: Record<string, unknown> | undefined): Pick<NoticeMailItem, "period" | "dueDate"> {
  const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : null);
  return { period: text(data?.period), dueDate: text(data?.dueDate) };
}

/**
 * Mails a notification at once to those of its recipients who chose IMMEDIATE, in the transaction
 * that wrote it: the mail goes only if the change commits. Only the agreement's title and diarienummer
 * go with it (`templates.ts`); the notification's summary stays in the app. Deactivated users get none.
 */
export async function mailImmediately(tx: Tx, recipients: readonly string[], notification: NewNotification): Promise<void> {
  if (recipients.length === 0) return;
  const users = (await tx.em.query(
    `SELECT id, name, email, language FROM app_user
      WHERE municipality_id = $1 AND id = ANY($2) AND active AND email_preference = 'IMMEDIATE'`,
    [tx.municipalityId, recipients],
  )) as Array<{ id: string; name: string; email: string; language: UserLanguage }>;
  if (users.length === 0) return;
  const item = await noticeItem(tx, notification);
  for (const user of users) {
    const data: NotificationMailData = { ...item, name: user.name };
    await enqueueMail(tx, { recipient: user.email, userId: user.id, kind: "NOTIFICATION", language: user.language, data: { ...data } });
  }
}

async function noticeItem(tx: Tx, notification: NewNotification): Promise<NoticeMailItem> {
  const [agreement] = notification.agreementId
    ? ((await tx.em.query("SELECT title, diarienummer FROM agreement WHERE id = $1 AND municipality_id = $2", [
        notification.agreementId,
        tx.municipalityId,
      ])) as Array<{ title: string; diarienummer: string }>)
    : [];
  const diarienummer =
    agreement?.diarienummer ?? (typeof notification.data?.diarienummer === "string" ? notification.data.diarienummer : null);
  return {
    kind: notification.kind,
    title: agreement?.title ?? null,
    diarienummer,
    path: noticePath(notification),
    ...noticeAbout(notification.data),
  };
}
