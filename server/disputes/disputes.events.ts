import { Party } from "../agreements/agreement.model.js";
import { formatSek } from "../money.js";
import { data, defineEvents, topic } from "../events/event-types.js";
import { OrganKind } from "../identity/identity.model.js";
import { DisputeLevel, DisputePriority, DisputeStatus, DisputeSubject } from "./disputes.model.js";

/** The dispute's step as every dispute event records it: which dispute, and its status after the step. */
type Step = {
  disputeId: string;
  status: DisputeStatus;
};

/**
 * The agreement events of a dispute; each type is also the kind of the notifications it sends. The
 * dispute's `history` is the agreement's events whose data names it (`disputeId`).
 */
export const DisputeEvent = defineEvents("dispute", {
  raised: data<Step & { subject: DisputeSubject; sectionId: string | null; amountAtStake: string | null }>(),
  positionAdded: data<Step & { party: Party }>(),
  withdrawn: data<Step>(),
  escalated: data<Step & { party: Party; priority: DisputePriority }>(),
  assigned: data<Step & { assigneeId: string }>(),
  referred: data<Step & { body: OrganKind }>(),
  decided: data<Step & { level: DisputeLevel; reference: string | null; balanceLinesSet: boolean }>(),
  prioritySet: data<Step & { priority: DisputePriority }>(),
  /** A party confirmed that the section's text reflects the decision; the section's notice goes. */
  reflected: data<Step & { party: Party; sectionId: string }>(),
});

/** A municipality's escalation queue changed; the signal's id is the municipality's, with the dispute's. */
export const QueueTopic = topic<{ disputeId: string }>("queue");

/** The notification kommunledning gets when an item enters its queue. */
export const QUEUED_NOTIFICATION = "dispute.queued";

const PARTY = { [Party.PURCHASER]: "Beställaren", [Party.PROVIDER]: "Utföraren" } as const;
const PARTY_OBJECT = { [Party.PURCHASER]: "beställarens", [Party.PROVIDER]: "utförarens" } as const;
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
  /** A dispute from the follow-up: "värdet för ”Andel nöjda” 2027-Q1". */
  followUp?: string | null;
}

const about = (c: Concern) =>
  `${c.followUp ? c.followUp : c.sectionTitle === null ? "balansen" : `avsnittet ”${c.sectionTitle}”`} (${SUBJECT[c.subject]})`;
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
    // The reference after a comma: the concern already ends in parentheses ("balansen (ekonomi)").
    `${reference ? `, ${reference}` : ""}: ${quoted(text)}` +
    (linesSet === null ? "" : `. Beslutet fastställer balansen (${linesSet} ${linesSet === 1 ? "rad" : "rader"})`),
  prioritySet: (c: Concern, priority: DisputePriority) => `Tvisten om ${about(c)} fick prioritet ${PRIORITY[priority]}`,
  reflected: (party: Party, c: Concern, reference: string | null) =>
    `Texten bekräftades återspegla beslutet i tvisten om ${about(c)}${reference ? ` (${reference})` : ""}; ` +
    `bekräftat av ${PARTY_OBJECT[party]} sida`,
  queued: (diarienummer: string, c: Concern) => `Ny tvist i eskaleringskön: ${diarienummer}, ${about(c)}`,
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
