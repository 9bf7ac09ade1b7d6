import { data, defineEvents } from "../events/event-types.js";
import { RequirementsMet } from "./annual-report.model.js";

/**
 * The purchaser's assessment of an agreement's year is an event of that agreement. The nämnd's decision
 * on its report spans agreements: it is kept with who and when in `annual_follow_up_report` (never
 * changed), and told to the nämnd's people and kommunledning as a notification.
 */
export const AnnualFollowUpEvent = defineEvents("annualFollowUp", {
  assessed: data<{ year: number; requirementsMet: RequirementsMet | null; version: number }>(),
});

export const AnnualFollowUpNotice = { decided: "annualFollowUp.decided" };

const ANSWER: Record<RequirementsMet, string> = { YES: "uppfylls", PARTLY: "uppfylls delvis", NO: "uppfylls inte" };

export const annualSummaries = {
  assessed: (year: number, answer: RequirementsMet | null) =>
    `Beställaren skrev årsuppföljningen för ${year}` + (answer ? ` (kvalitetskraven ${ANSWER[answer]})` : ""),
  decided: (organName: string, year: number, meetingDate: string, paragraph: string) =>
    `${organName} beslutade om uppföljningsrapporten för strategiska avtal ${year} (sammanträde ${meetingDate}, ${paragraph})`,
};
