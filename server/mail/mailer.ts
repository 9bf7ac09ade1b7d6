import nodemailer from "nodemailer";
import type { RenderedMail } from "./templates.js";

/** Sends one rendered mail; rejects when the server did not accept it. */
export interface Mailer {
  send(to: string, mail: RenderedMail): Promise<void>;
  close(): void;
}

/**
 * Timeouts well below the mail worker's patience: a mail is sent while its outbox row is locked in a
 * transaction, which an SMTP server that never answers must not hold for minutes (nodemailer waits
 * up to ten by default).
 */
const TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 } as const;

/**
 * Mail through the SMTP server of `smtpUrl` (SMTP_URL), e.g. `smtp://user:pass@mail.kommun.se:587`
 * (STARTTLS when the server offers it) or `smtps://…:465`, from `from` (BALANS_MAIL_FROM).
 */
export function smtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl, { from, ...TIMEOUTS });
  return {
    async send(to, mail) {
      await transport.sendMail({ to, subject: mail.subject, text: mail.text, html: mail.html });
    },
    close: () => transport.close(),
  };
}
