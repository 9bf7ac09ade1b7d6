import type { Tx } from "../db/database.js";
import { notifyAfterCommit } from "../events/event-log.js";
import type { UserLanguage } from "../identity/identity.model.js";
import { MailTopic, OUTBOX } from "./mail.events.js";

/** What a mail is about; the mailer renders each kind in the recipient's language. */
export type MailKind = "INVITATION" | "PASSWORD_RESET" | "NOTIFICATION" | "DIGEST";

export interface OutgoingMail {
  recipient: string;
  /** The user it is for, when it is for one (every mail today). */
  userId?: string | null;
  kind: MailKind;
  language: UserLanguage;
  /**
   * What the template needs (`templates.ts`): INVITATION and PASSWORD_RESET take `PasswordLinkMailData`
   * ({ url, name?, municipality? }, the url under the public URL); notifications a title and
   * diarienummer. Never agreement content beyond those.
   */
  data: Record<string, unknown>;
}

/**
 * Queues a mail in the caller's transaction: it is sent after the commit by the mail worker, so a
 * rollback sends nothing and a crash loses nothing. The commit wakes the workers (`MailTopic`), so it
 * goes within moments rather than at their next poll.
 */
export async function enqueueMail(tx: Tx, mail: OutgoingMail): Promise<void> {
  await tx.em.query("INSERT INTO mail_outbox (municipality_id, user_id, recipient, kind, language, data) VALUES ($1, $2, $3, $4, $5, $6)", [
    tx.municipalityId,
    mail.userId ?? null,
    mail.recipient,
    mail.kind,
    mail.language,
    JSON.stringify(mail.data),
  ]);
  await notifyAfterCommit(tx, MailTopic.signal(tx.municipalityId, OUTBOX));
}
