import { data, defineEvents } from "../events/event-types.js";
import type { ApprovalDecision } from "./approval.entities.js";

/** A committee's decision on a frozen version (the lifecycle's own steps are `AgreementEvent`s). */
type Decided = {
  organId: string;
  version: number;
  decision: ApprovalDecision;
  meetingDate: string;
  paragraph: string;
  remarks: string | null;
};

/** The minutes' details of a recorded decision: what a secretary may correct. */
export type Minutes = { meetingDate: string | null; paragraph: string | null; remarks: string | null };

export const ApprovalEvent = defineEvents("approval", {
  approved: data<Decided>(),
  /** Återremiss: the agreement is a DRAFT again. */
  returned: data<Decided>(),
  /** The secretary corrected the minutes' details of a recorded decision; the decision itself stands. */
  corrected: data<{ organId: string; version: number; decision: ApprovalDecision; before: Minutes; after: Minutes; reason: string }>(),
});

/** The kinds of the notifications the lifecycle sends. */
export const ApprovalNotice = {
  /** To the nämndsekreterare of both organs: a version waits for their committee. */
  requested: "approval.requested",
  /** To the drafters of both parties: a committee decided. */
  recorded: "approval.recorded",
  /** To the drafters of both parties: a secretary corrected a recorded decision's details. */
  corrected: "approval.corrected",
  /** To the drafters of both parties: both have signed. */
  signed: "agreement.signed",
} as const;

export const summaries = {
  decided: (organ: string, version: number, d: Pick<Decided, "meetingDate" | "paragraph" | "remarks">, returned: boolean) =>
    `${organ} ${returned ? "återremitterade" : "godkände"} version ${version} (${d.meetingDate} ${d.paragraph})${returned ? `: ${d.remarks}` : ""}`,
  requested: (diarienummer: string) => `${diarienummer} väntar på nämndens beslut`,
  returned: (diarienummer: string, organ: string) => `${diarienummer} återremitterades av ${organ}`,
  approvedByBoth: (diarienummer: string) => `${diarienummer} är godkänd av båda nämnderna och kan undertecknas`,
  approvedBy: (diarienummer: string, organ: string) => `${diarienummer} godkändes av ${organ}`,
  corrected: (organ: string, version: number, before: Minutes, after: Minutes, reason: string) =>
    `Protokollsuppgifterna i beslutet av ${organ} om version ${version} rättades: ${describeCorrection(before, after)}. Skäl: ”${reason}”`,
  signedByBoth: (diarienummer: string) => `${diarienummer} är undertecknad av båda parter`,
};

const MINUTES_WORDS: Record<keyof Minutes, string> = { meetingDate: "sammanträdesdatum", paragraph: "paragraf", remarks: "anmärkning" };

/** "sammanträdesdatum 2027-05-12 → 2026-12-02; paragraf § 12 → § 13": each detail that changed, old → new. */
export function describeCorrection(before: Minutes, after: Minutes): string {
  const shown = (key: keyof Minutes, value: string | null) => (value === null ? "(ingen)" : key === "remarks" ? `”${value}”` : value);
  return (Object.keys(MINUTES_WORDS) as Array<keyof Minutes>)
    .filter((key) => before[key] !== after[key])
    .map((key) => `${MINUTES_WORDS[key]} ${shown(key, before[key])} → ${shown(key, after[key])}`)
    .join("; ");
}
