import { Party } from "../agreements/agreement.model.js";
import { formatSek } from "../balance/money.js";
import { topic } from "../events/event-types.js";
import { OrganKind } from "../identity/identity.model.js";
import { DisputePriority, DisputeSubject } from "./disputes.model.js";

/** The agreement event types of a dispute; each is also the kind of the notifications it sends. */
export const DisputeEvent = {
  raised: "dispute.raised",
  positionAdded: "dispute.positionAdded",
  withdrawn: "dispute.withdrawn",
  escalated: "dispute.escalated",
  assigned: "dispute.assigned",
  referred: "dispute.referred",
  decided: "dispute.decided",
  prioritySet: "dispute.prioritySet",
} as const;

/** A municipality's escalation queue changed; the signal's id is the municipality's, with the dispute's. */
export const QueueTopic = topic<{ disputeId: string }>("queue");

/** The notification kommunledning gets when an item enters its queue. */
export const QUEUED_NOTIFICATION = "dispute.queued";

const PARTY = { [Party.PURCHASER]: "Beställaren", [Party.PROVIDER]: "Utföraren" } as const;
const SUBJECT: Record<DisputeSubject, string> = {
  EKONOMI: "ekonomi",
  MAL: "mål",
  KVALITETSKRAV: "kvalitetskrav",
  UPPFOLJNING: "uppföljning",
  TOLKNING: "tolkning",
  OVRIGT: "övrigt",
};
const BODY: Partial<Record<OrganKind, string>> = { KOMMUNSTYRELSE: "kommunstyrelsen", KOMMUNFULLMAKTIGE: "kommunfullmäktige" };
const PRIORITY: Record<DisputePriority, string> = { HIGH: "hög", NORMAL: "normal", LOW: "låg" };

/** What a dispute is about, for a sentence: "balansen" or "avsnittet ”Mål och kvalitetskrav”". */
export interface Concern {
  sectionTitle: string | null;
  subject: DisputeSubject;
}

const about = (c: Concern) => `${c.sectionTitle === null ? "balansen" : `avsnittet ”${c.sectionTitle}”`} (${SUBJECT[c.subject]})`;
const quoted = (text: string, max = 160) => `”${text.length > max ? `${text.slice(0, max - 1)}…` : text}”`;

export const disputeSummaries = {
  raised: (party: Party, c: Concern, description: string, amountAtStake: string | null) =>
    `${PARTY[party]} lyfte en tvist om ${about(c)}: ${quoted(description)}` +
    (amountAtStake === null ? "" : `. Belopp i fråga: ${formatSek(amountAtStake)}`),
  positionAdded: (party: Party, c: Concern) => `${PARTY[party]} angav sin ståndpunkt i tvisten om ${about(c)}`,
  withdrawn: (party: Party, c: Concern, note: string | null) =>
    `${PARTY[party]} drog tillbaka tvisten om ${about(c)}${note ? `: ${quoted(note)}` : ""}`,
  escalated: (party: Party, c: Concern) => `${PARTY[party]}s förvaltningschef eskalerade tvisten om ${about(c)} till kommunledningen`,
  assigned: (c: Concern, assignee: string) => `Tvisten om ${about(c)} tilldelades ${assignee} för beredning`,
  referred: (c: Concern, body: OrganKind) => `Tvisten om ${about(c)} hänsköts till ${BODY[body]} för politiskt beslut`,
  decided: (c: Concern, body: OrganKind | null, reference: string | null, text: string, linesSet: number | null) =>
    `${body ? `${capitalize(BODY[body]!)} beslutade` : "Kommunledningen beslutade på tjänstemannanivå"} i tvisten om ${about(c)}` +
    `${reference ? ` (${reference})` : ""}: ${quoted(text)}` +
    (linesSet === null ? "" : `. Beslutet fastställer balansen (${linesSet} rader)`),
  prioritySet: (c: Concern, priority: DisputePriority) => `Tvisten om ${about(c)} fick prioritet ${PRIORITY[priority]}`,
  queued: (diarienummer: string, c: Concern) => `Ny tvist i eskaleringskön: ${diarienummer}, ${about(c)}`,
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
