import type { AgreementEntity } from "../agreements/agreement.entities.js";
import { AgreementStatus } from "../agreements/agreement.model.js";
import { minutesParagraph } from "../approval/approval.validation.js";
import type { Tx } from "../db/database.js";
import { contentHash } from "../events/canonical-hash.js";
import { badInput } from "../errors.js";
import type { OrganEntity } from "../identity/identity.entities.js";
import { Role } from "../identity/identity.model.js";
import type { Command } from "../pipeline/command.js";
import { followUpAnnualPolicy as policy } from "../policies/follow-up-annual.policy.js";
import { DRAFTING_ROLES } from "../policies/policy.js";
import { isoDate, optionalText } from "../validation/input.js";
import { assertMeetingDateWithin, stockholmDate } from "../validation/meeting-date.js";
import { compileAnnualReport } from "./annual-report.compile.js";
import { AnnualFollowUpEvent, AnnualFollowUpNotice, annualSummaries } from "./annual-report.events.js";
import type { AnnualReportContent, RequirementsMet } from "./annual-report.model.js";
import { annualReportStore as store, type AssessmentRow, type NewAssessment } from "./annual-report.store.js";
import { organIn, validYear } from "./classification.queries.js";

const TEXT_MAX = 10_000;

export interface AssessmentInput {
  /** Null: as computed from the year's accepted values. */
  requirementsMet?: RequirementsMet | null;
  deficiencies?: string | null;
  goalEffect?: string | null;
  actionPlan?: string | null;
}

export interface AssessTarget {
  agreement: AgreementEntity;
  year: number;
  assessment: AssessmentRow | null;
  decided: boolean;
}

/** An agreement's assessment for a year, and whether its nämnd has decided on that year's report (under the year's lock). */
export async function loadAssessment(tx: Tx, agreement: AgreementEntity, year: number): Promise<AssessTarget> {
  await store.lockYear(tx, agreement.purchaserOrganId, year);
  return {
    agreement,
    year,
    assessment: await store.assessment(tx, agreement.id, year),
    decided: (await store.decision(tx, agreement.purchaserOrganId, year)) !== null,
  };
}

/**
 * The purchaser side answers the guideline's questions for one strategic, signed agreement and year:
 * are the essential quality requirements met (overriding the computed answer, or null to keep it), which
 * deficiencies, their effect on the nämnd's goals, the action plan. Until the nämnd has decided.
 */
export const assessStrategicAgreement: Command<
  { agreementId: string; year: number; expectedVersion: number; input: AssessmentInput },
  AssessTarget,
  NewAssessment & { year: number },
  { agreementId: string; organId: string; year: number }
> = {
  name: "assessStrategicAgreement",
  agreementOf: async (_tx, input) => input.agreementId,
  // The year names what is loaded (its lock, its report), so it is checked before anything is read.
  load: ({ tx }, { year }, agreement) => loadAssessment(tx, agreement!, validYear(year)),
  policy: { allows: (actor, { agreement }) => policy.mayAssess(actor, agreement), refusal: policy.assessRefusal },
  lifecycle: {
    states: [AgreementStatus.SIGNED],
    refusal: "Bara undertecknade avtal följs upp årligen",
    check: ({ agreement, year, decided }) =>
      !agreement.strategic
        ? "Avtalet är inte markerat som strategiskt; bara strategiska avtal ingår i uppföljningsrapporten"
        : decided
          ? `Nämnden har redan beslutat om uppföljningsrapporten för ${year}`
          : null,
  },
  validate(_ctx, { year, input }, { agreement }) {
    validYear(year);
    if (year < Number(agreement.periodStart.slice(0, 4)) || year > Number(agreement.periodEnd.slice(0, 4)))
      throw badInput(`Avtalet gäller inte under ${year}`, "year");
    return {
      year,
      requirementsMet: input.requirementsMet ?? null,
      deficiencies: optionalText(input.deficiencies, "deficiencies", "Bristerna", TEXT_MAX),
      goalEffect: optionalText(input.goalEffect, "goalEffect", "Påverkan på nämndens mål", TEXT_MAX),
      actionPlan: optionalText(input.actionPlan, "actionPlan", "Handlingsplanen", TEXT_MAX),
    };
  },
  conflict: async (_ctx, { assessment }, { expectedVersion }) => {
    const current = assessment?.version ?? 0;
    return expectedVersion === current ? null : { currentVersion: current, message: "Någon annan har ändrat bedömningen; ladda om" };
  },
  async write({ tx, actor }, { agreement, assessment }, { year, ...valid }) {
    const version = (assessment?.version ?? 0) + 1;
    await store.saveAssessment(tx, agreement.id, year, valid, actor.userId, version);
    return {
      result: { agreementId: agreement.id, organId: agreement.purchaserOrganId, year },
      events: [
        AnnualFollowUpEvent.assessed(annualSummaries.assessed(year, valid.requirementsMet), {
          year,
          requirementsMet: valid.requirementsMet,
          version,
        }),
      ],
    };
  },
};

export interface ReportDecisionInput {
  meetingDate: string;
  paragraph: string;
  remarks?: string | null;
}

export interface DecisionTarget {
  organ: OrganEntity;
  year: number;
  decided: boolean;
  content: AnnualReportContent;
  contentHash: string;
}

/** A nämnd's report for a year: as decided (frozen), or as it stands now. */
export async function currentReport(tx: Tx, organ: OrganEntity, year: number): Promise<DecisionTarget> {
  const decision = await store.decision(tx, organ.id, year);
  const content = decision ? decision.content : await compileAnnualReport(tx, organ, year);
  return { organ, year, decided: decision !== null, content, contentHash: decision ? decision.contentHash : contentHash(content) };
}

/** The same under the year's lock, for the decision. */
async function loadReport(tx: Tx, organ: OrganEntity, year: number): Promise<DecisionTarget> {
  await store.lockYear(tx, organ.id, year);
  return currentReport(tx, organ, year);
}

export const thisYear = () => Number(stockholmDate(new Date()).slice(0, 4));

/**
 * The nämndsekreterare records the nämnd's decision on its yearly report, once the year has ended: the
 * meeting's date (from New Year's Day after the year, not in the future) and §, as for approvals. The
 * content is compiled again and must be what the secretary was shown (`contentHash`, else CONFLICT); it
 * is frozen with its hash and never changes after.
 */
export const recordAnnualReportDecision: Command<
  { organId: string; year: number; contentHash: string; input: ReportDecisionInput },
  DecisionTarget,
  { meetingDate: string; paragraph: string; remarks: string | null },
  { organId: string; year: number }
> = {
  name: "recordAnnualReportDecision",
  load: async ({ tx }, { organId, year }) => loadReport(tx, await organIn(tx, organId), validYear(year)),
  policy: { allows: (actor, { organ }) => policy.mayRecordDecision(actor, organ.id), refusal: policy.decisionRefusal },
  lifecycle: {
    refusal: "",
    check: ({ year, decided }) =>
      decided
        ? `Nämndens beslut om uppföljningsrapporten för ${year} är redan registrerat`
        : year >= thisYear()
          ? `Året ${year} är inte slut; rapporten beslutas efter årsskiftet`
          : null,
  },
  validate(_ctx, { year, input }) {
    validYear(year);
    const meetingDate = assertMeetingDateWithin(isoDate(input.meetingDate, "meetingDate", "Sammanträdesdatumet"), "meetingDate", {
      at: new Date(`${year + 1}-01-01T12:00:00Z`),
      event: `året ${year} tog slut`,
    });
    return {
      meetingDate,
      paragraph: minutesParagraph(input.paragraph),
      remarks: optionalText(input.remarks, "remarks", "Anmärkningen", 5000),
    };
  },
  conflict: async (_ctx, target, input) =>
    input.contentHash === target.contentHash
      ? null
      : { currentVersion: 0, message: "Rapporten har ändrats sedan du läste den; läs den igen innan beslutet registreras" },
  async write({ tx, actor }, { organ, year, content, contentHash: hash }, decision) {
    await store.insertDecision(tx, { organId: organ.id, year, ...decision, content, contentHash: hash, recordedBy: actor.userId });
    return {
      result: { organId: organ.id, year },
      notices: [
        {
          to: { roles: [...DRAFTING_ROLES, Role.NAMNDSEKRETERARE], organIds: [organ.id] },
          kind: AnnualFollowUpNotice.decided,
          summary: annualSummaries.decided(organ.name, year, decision.meetingDate, decision.paragraph),
          data: { organId: organ.id, year },
        },
        {
          to: { roles: [Role.KOMMUNLEDNING], organIds: null },
          kind: AnnualFollowUpNotice.decided,
          summary: annualSummaries.decided(organ.name, year, decision.meetingDate, decision.paragraph),
          data: { organId: organ.id, year },
        },
      ],
    };
  },
};
