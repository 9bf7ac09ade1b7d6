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

export const ApprovalEvent = defineEvents("approval", {
  approved: data<Decided>(),
  /** Återremiss: the agreement is a DRAFT again. */
  returned: data<Decided>(),
});

/** The kinds of the notifications the lifecycle sends. */
export const ApprovalNotice = {
  /** To the nämndsekreterare of both organs: a version waits for their committee. */
  requested: "approval.requested",
  /** To the drafters of both parties: a committee decided. */
  recorded: "approval.recorded",
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
  signedByBoth: (diarienummer: string) => `${diarienummer} är undertecknad av båda parter`,
};
