import { badInput } from "../errors.js";
import { isoDate, optionalText } from "../validation/input.js";
import { assertMeetingDateWithin } from "../validation/meeting-date.js";
import { ApprovalDecision } from "./approval.entities.js";
import type { RecordedDecision } from "./approval.store.js";

/** A committee's decision as the secretary enters it (API.md's ApprovalInput). */
export interface ApprovalInput {
  organId: string;
  decision: ApprovalDecision;
  meetingDate: string;
  paragraph: string;
  remarks?: string | null;
}

const PARAGRAPH = /^(§\s*)?\d{1,4}[a-z]?$/i;

/**
 * A decision as the minutes have it: the meeting's date — a day that has come, and not before the
 * version was submitted to the committee (`submittedAt`) — its paragraph (§ 123), and for återremiss why.
 */
export function validateMinutes(input: ApprovalInput, submittedAt: Date): RecordedDecision {
  const meetingDate = assertMeetingDateWithin(isoDate(input.meetingDate, "meetingDate", "Sammanträdesdatumet"), "meetingDate", {
    at: submittedAt,
    event: "överenskommelsen skickades till beslut",
  });
  const paragraph = minutesParagraph(input.paragraph);
  const remarks = optionalText(input.remarks, "remarks", "Anmärkningen", 5000);
  if (input.decision === ApprovalDecision.RETURNED && !remarks) throw badInput("En återremiss behöver en motivering", "remarks");
  return { decision: input.decision, meetingDate, paragraph, remarks };
}

/** The minutes' paragraph as "§ 123", whether given as "123" or "§ 123"; BAD_USER_INPUT naming `paragraph` otherwise. */
export function minutesParagraph(raw: string): string {
  const paragraph = raw.trim();
  if (!PARAGRAPH.test(paragraph)) throw badInput("Paragrafen ska vara ett nummer, t.ex. § 123", "paragraph");
  return `§ ${paragraph.replace(/^§\s*/, "")}`;
}
