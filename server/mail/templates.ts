import type { UserLanguage } from "../identity/identity.model.js";
import { MAIL_TEXTS, type MailTexts } from "./mail-texts.js";
import type { MailKind } from "./outbox.js";

/** INVITATION and PASSWORD_RESET: the one-time link (under the public URL), and whom it greets. */
export interface PasswordLinkMailData {
  url: string;
  name?: string | null;
  /** The municipality's name, for an invitation. */
  municipality?: string | null;
}

/** One notification as a mail tells it: its kind, the agreement's title and diarienummer, and the page. */
export interface NoticeMailItem {
  kind: string;
  title: string | null;
  diarienummer: string | null;
  /** The page in the app, e.g. `/tvister/<id>`, under the public URL. */
  path: string;
  /** A follow-up reminder's period ("2027-Q1") and due date. */
  period?: string | null;
  dueDate?: string | null;
}

export interface NotificationMailData extends NoticeMailItem {
  name?: string | null;
}

export interface DigestMailData {
  name?: string | null;
  /** The newest notifications, at most `DIGEST_LISTED`. */
  items: NoticeMailItem[];
  /** How many are unread in all. */
  total: number;
}

/** A digest lists this many; the rest are counted. */
export const DIGEST_LISTED = 30;

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** A mail that cannot be rendered safely (a link to another site, say) is not sent; the worker records why. */
export class UnrenderableMail extends Error {}

/** A paragraph of text, or a link with its words. */
type Block = string | { href: string; label: string };

/**
 * The mail of `kind` in `language`, plain text and simple HTML alike. Every value from the data is
 * escaped in the HTML, and every link leads under `publicUrl`.
 */
export function renderMail(kind: MailKind, language: UserLanguage, data: Record<string, unknown>, publicUrl: string): RenderedMail {
  const t = MAIL_TEXTS[language] ?? MAIL_TEXTS.sv;
  const name = text(data.name);
  const page = (path: unknown) => pageUrl(publicUrl, path);
  switch (kind) {
    case "INVITATION":
    case "PASSWORD_RESET": {
      const url = linkUnder(publicUrl, data.url);
      if (kind === "INVITATION") {
        const municipality = text(data.municipality);
        const i = t.invitation;
        return compose(t, i.subject(municipality), name, [i.intro(municipality), { href: url, label: i.action }, i.expiry]);
      }
      const r = t.reset;
      return compose(t, r.subject, name, [r.intro, { href: url, label: r.action }, r.expiry, r.notYou]);
    }
    case "NOTIFICATION": {
      const item = noticeItem(data);
      const what = describe(t, item);
      return compose(t, t.notification.subject(what), name, [
        ...told(t, item),
        { href: page(item.path), label: t.notification.action },
        t.notification.settings,
      ]);
    }
    case "DIGEST": {
      const items = (Array.isArray(data.items) ? data.items : [])
        .slice(0, DIGEST_LISTED)
        .map((i) => noticeItem(i as Record<string, unknown>));
      const total = typeof data.total === "number" ? data.total : items.length;
      const list = items.map((item) => ({ href: page(item.path), label: [describe(t, item), item.title].filter(Boolean).join(" – ") }));
      return compose(t, t.digest.subject(total), name, [
        t.digest.intro(total),
        ...list,
        { href: page("/"), label: t.digest.action },
        t.digest.settings,
      ]);
    }
    default:
      throw new UnrenderableMail(`Unknown mail kind ${String(kind)}`);
  }
}

function compose(t: MailTexts, subject: string, name: string | null, blocks: Block[]): RenderedMail {
  const all: Block[] = [t.greeting(name), ...blocks, t.signature];
  const text = [...all.map((b) => (typeof b === "string" ? b : `${b.label}:\n${b.href}`)), "--", t.automatic].join("\n\n") + "\n";
  const body = all
    .map((b) =>
      typeof b === "string"
        ? `<p>${escapeHtml(b).replace(/\n/g, "<br>")}</p>`
        : `<p><a href="${escapeHtml(b.href)}">${escapeHtml(b.label)}</a></p>`,
    )
    .join("\n");
  const html = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: sans-serif; line-height: 1.5; max-width: 40em">
${body}
<hr>
<p style="color: #555; font-size: 0.9em">${escapeHtml(t.automatic)}</p>
</body></html>
`;
  return { subject: oneLine(subject), text, html };
}

/** What a notification says happened, with the agreement's diarienummer. */
function describe(t: MailTexts, item: NoticeMailItem): string {
  const diarienummer = item.diarienummer ?? "";
  return (t.kinds[item.kind] ?? t.other)(diarienummer, { period: item.period ?? "", dueDate: item.dueDate ?? "" }).trim();
}

/** The notification's sentence and the agreement's title: all a mail says of it. */
function told(t: MailTexts, item: NoticeMailItem): string[] {
  return [describe(t, item), ...(item.title ? [t.agreement(item.title)] : [])];
}

function noticeItem(data: Record<string, unknown>): NoticeMailItem {
  return {
    kind: text(data.kind) ?? "",
    title: text(data.title),
    diarienummer: text(data.diarienummer),
    path: text(data.path) ?? "/",
    period: text(data.period),
    dueDate: text(data.dueDate),
  };
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? oneLine(value) : null;
}

/** Subjects and names on one line: a line break in a header or a sentence is never wanted. */
const oneLine = (value: string): string => value.replace(/\s+/g, " ").trim();

/** A path of the app under the public URL; anything else (another host, a scheme) leads to the start page. */
function pageUrl(publicUrl: string, path: unknown): string {
  return typeof path === "string" && /^\/(?![/\\])[^\s]*$/.test(path) ? `${publicUrl}${path}` : `${publicUrl}/`;
}

/** The one-time link as given, which must lead under the public URL: a mail never sends anyone elsewhere. */
function linkUnder(publicUrl: string, url: unknown): string {
  if (typeof url !== "string" || !url.startsWith(`${publicUrl}/`) || /\s/.test(url))
    throw new UnrenderableMail("The mail's link does not lead under the public URL");
  return url;
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}
