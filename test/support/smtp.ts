import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { onTestFinished } from "vitest";

/** A mail as the SMTP server received it: the envelope's recipients and the parsed message. */
export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  parsed: ParsedMail;
}

export interface TestSmtp {
  /** `smtp://127.0.0.1:<port>`, for `SMTP_URL`. */
  url: string;
  received: ReceivedMail[];
  /** Refuses the next `n` messages with a temporary failure (451), as a struggling mail server does. */
  failNext(n: number): void;
  /** How many messages were refused so far. */
  refused(): number;
  /** The mails to `recipient` once `count` have arrived (rejects after `timeoutMs`). */
  mailsTo(recipient: string, count?: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

/**
 * A real SMTP server on loopback (the `smtp-server` package), parsing what arrives with `mailparser`.
 * Plain SMTP without authentication or STARTTLS, as a relay inside a municipality's network may be.
 * Closed when the test ends.
 */
export async function startTestSmtp(): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  let failures = 0;
  let refusedCount = 0;
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          if (failures > 0) {
            failures--;
            refusedCount++;
            const error = Object.assign(new Error("Try again later"), { responseCode: 451 });
            return callback(error);
          }
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            parsed,
          });
          callback();
          for (const wake of waiters) wake();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as { port: number };
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  onTestFinished(close);

  const to = (recipient: string) => received.filter((m) => m.to.includes(recipient.toLowerCase()));
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    failNext: (n) => void (failures = n),
    refused: () => refusedCount,
    close,
    mailsTo(recipient, count = 1, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (to(recipient).length < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(to(recipient));
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`${to(recipient).length} of ${count} mails to ${recipient} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}
