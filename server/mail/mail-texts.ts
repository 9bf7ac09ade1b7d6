import type { UserLanguage } from "../identity/identity.model.js";

/**
 * The mails' words, Swedish and English. What happened is told by its kind, never by the stored
 * summary: summaries may quote agreement content (a committee's remarks), and a mail carries nothing
 * of an agreement beyond its title and diarienummer.
 */
export interface MailTexts {
  greeting(name: string | null): string;
  signature: string;
  /** The footer of every mail: why the recipient got it. */
  automatic: string;
  invitation: { subject(municipality: string | null): string; intro(municipality: string | null): string; action: string; expiry: string };
  reset: { subject: string; intro: string; action: string; expiry: string; notYou: string };
  notification: { subject(what: string): string; action: string; settings: string };
  digest: { subject(count: number): string; intro(count: number): string; action: string; settings: string };
  /** One sentence per notification kind, with the agreement's diarienummer (and a reminder's period and due date). */
  kinds: Record<string, (diarienummer: string, about: NoticeAbout) => string>;
  other(diarienummer: string): string;
  /** "Agreement: <title>" */
  agreement(title: string): string;
}

/** A follow-up reminder's period and due date ("" for other notifications). */
export interface NoticeAbout {
  period: string;
  dueDate: string;
}

const sv: MailTexts = {
  greeting: (name) => (name ? `Hej ${name}!` : "Hej!"),
  signature: "Hälsningar\nBalans",
  automatic: "Det här mejlet skickades automatiskt av Balans. Svara inte på det.",
  invitation: {
    subject: (m) => (m ? `Välkommen till Balans – ${m}` : "Välkommen till Balans"),
    intro: (m) => `Du har fått ett konto i Balans${m ? ` för ${m}` : ""}. Välj ett lösenord för att logga in första gången.`,
    action: "Välj lösenord",
    expiry:
      "Länken gäller i 72 timmar och kan bara användas en gång. Har den gått ut kan du be om en ny på inloggningssidan (Glömt lösenord?) eller fråga din administratör.",
  },
  reset: {
    subject: "Återställ ditt lösenord i Balans",
    intro: "Någon, förhoppningsvis du, har bett om att få återställa lösenordet till ditt konto i Balans.",
    action: "Välj ett nytt lösenord",
    expiry: "Länken gäller i 72 timmar och kan bara användas en gång.",
    notYou: "Har du inte bett om det kan du bortse från mejlet: ditt lösenord är oförändrat.",
  },
  notification: {
    subject: (what) => `Balans: ${what}`,
    action: "Öppna i Balans",
    settings: "Du får det här mejlet för att du har valt e-post direkt för notiser. Du kan ändra det under Mitt konto i Balans.",
  },
  digest: {
    subject: (count) => (count === 1 ? "Balans: 1 oläst notis" : `Balans: ${count} olästa notiser`),
    intro: (count) => (count === 1 ? "Du har en oläst notis i Balans:" : `Du har ${count} olästa notiser i Balans:`),
    action: "Öppna Balans",
    settings: "Du får en sammanfattning om dagen för att du har valt det för notiser. Du kan ändra det under Mitt konto i Balans.",
  },
  kinds: {
    "dispute.raised": (d) => `Ny tvist i ${d}`,
    "dispute.positionAdded": (d) => `Ny ståndpunkt i en tvist i ${d}`,
    "dispute.withdrawn": (d) => `En tvist i ${d} drogs tillbaka`,
    "dispute.escalated": (d) => `En tvist i ${d} eskalerades`,
    "dispute.queued": (d) => `Ny tvist i eskaleringskön: ${d}`,
    "dispute.assigned": (d) => `En tvist i ${d} tilldelades`,
    "dispute.referred": (d) => `En tvist i ${d} hänsköts`,
    "dispute.decided": (d) => `En tvist i ${d} är avgjord`,
    "approval.requested": (d) => `${d} väntar på nämndens beslut`,
    "approval.recorded": (d) => `Ett nämndbeslut om ${d} har registrerats`,
    "agreement.signed": (d) => `${d} är undertecknad av båda parter`,
    "followUp.reportDue": (d, a) => `Uppföljningsrapporten för ${a.period} i ${d} ska lämnas senast ${a.dueDate}`,
    "followUp.reportOverdue": (d, a) => `Uppföljningsrapporten för ${a.period} i ${d} är försenad (skulle lämnas senast ${a.dueDate})`,
    "followUp.actionPlanOverdue": (d, a) => `En handlingsplan för ${a.period} i ${d} är försenad (skulle vara klar ${a.dueDate})`,
  },
  other: (d) => `Händelse i ${d}`,
  agreement: (title) => `Överenskommelse: ${title}`,
};

const en: MailTexts = {
  greeting: (name) => (name ? `Hello ${name},` : "Hello,"),
  signature: "Regards\nBalans",
  automatic: "This email was sent automatically by Balans. Please do not reply to it.",
  invitation: {
    subject: (m) => (m ? `Welcome to Balans – ${m}` : "Welcome to Balans"),
    intro: (m) => `You have been given an account in Balans${m ? ` for ${m}` : ""}. Choose a password to sign in for the first time.`,
    action: "Choose a password",
    expiry:
      "The link works for 72 hours and only once. If it has expired, ask for a new one on the sign-in page (Forgot password?) or ask your administrator.",
  },
  reset: {
    subject: "Reset your Balans password",
    intro: "Someone, hopefully you, asked to reset the password of your Balans account.",
    action: "Choose a new password",
    expiry: "The link works for 72 hours and only once.",
    notYou: "If you did not ask for this, you can ignore this email: your password has not changed.",
  },
  notification: {
    subject: (what) => `Balans: ${what}`,
    action: "Open in Balans",
    settings: "You get this email because you chose immediate email for notifications. You can change that under My account in Balans.",
  },
  digest: {
    subject: (count) => (count === 1 ? "Balans: 1 unread notification" : `Balans: ${count} unread notifications`),
    intro: (count) => (count === 1 ? "You have one unread notification in Balans:" : `You have ${count} unread notifications in Balans:`),
    action: "Open Balans",
    settings: "You get one summary a day because you chose that for notifications. You can change that under My account in Balans.",
  },
  kinds: {
    "dispute.raised": (d) => `New dispute on ${d}`,
    "dispute.positionAdded": (d) => `New position in a dispute on ${d}`,
    "dispute.withdrawn": (d) => `A dispute on ${d} was withdrawn`,
    "dispute.escalated": (d) => `A dispute on ${d} was escalated`,
    "dispute.queued": (d) => `New dispute in the escalation queue: ${d}`,
    "dispute.assigned": (d) => `A dispute on ${d} was assigned`,
    "dispute.referred": (d) => `A dispute on ${d} was referred`,
    "dispute.decided": (d) => `A dispute on ${d} was decided`,
    "approval.requested": (d) => `${d} awaits the committee's decision`,
    "approval.recorded": (d) => `A committee decision on ${d} was recorded`,
    "agreement.signed": (d) => `${d} has been signed by both parties`,
    "followUp.reportDue": (d, a) => `The follow-up report for ${a.period} on ${d} is due by ${a.dueDate}`,
    "followUp.reportOverdue": (d, a) => `The follow-up report for ${a.period} on ${d} is overdue (it was due by ${a.dueDate})`,
    "followUp.actionPlanOverdue": (d, a) => `An action plan for ${a.period} on ${d} is overdue (it was due by ${a.dueDate})`,
  },
  other: (d) => `Event on ${d}`,
  agreement: (title) => `Agreement: ${title}`,
};

export const MAIL_TEXTS: Record<UserLanguage, MailTexts> = { sv, en };
