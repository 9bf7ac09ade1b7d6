import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { OrganType } from "../identity/identity.types.js";
import { DateScalar, DateTimeScalar, MoneyScalar } from "../graphql/scalars.js";
import { RequirementsMet } from "./annual-report.model.js";
import { Impact, ValueClass } from "./classification.model.js";

registerEnumType(RequirementsMet, { name: "RequirementsMet", description: "Does the supplier meet the essential quality requirements?" });

const STATUS = "GREEN, YELLOW or RED";

@ObjectType("AnnualReportValue", { description: "An accepted value of a period within the year" })
export class AnnualReportValueType {
  @Field(() => String) period: string;
  @Field(() => String, { description: "Exact decimal" }) value: string;
  @Field(() => String, { description: STATUS }) status: string;
  @Field(() => String, { nullable: true, description: "The provider's analysis" }) comment: string | null;
}

@ObjectType("AnnualReportIndicator")
export class AnnualReportIndicatorType {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => String) unit: string;
  @Field(() => String) direction: string;
  @Field(() => String) target: string;
  @Field(() => String, { nullable: true }) warnAt: string | null;
  @Field(() => [AnnualReportValueType]) values: AnnualReportValueType[];
  @Field(() => Int) green: number;
  @Field(() => Int) yellow: number;
  @Field(() => Int) red: number;
}

@ObjectType("AnnualReportDeficiency", { description: "An accepted value short of GREEN, with the provider's analysis" })
export class AnnualReportDeficiencyType {
  @Field(() => String) indicatorName: string;
  @Field(() => String) unit: string;
  @Field(() => String) period: string;
  @Field(() => String) value: string;
  @Field(() => String) target: string;
  @Field(() => String, { description: STATUS }) status: string;
  @Field(() => String, { nullable: true }) comment: string | null;
}

@ObjectType("AnnualReportActionPlan")
export class AnnualReportActionPlanType {
  @Field(() => ID) id: string;
  @Field(() => String) indicatorName: string;
  @Field(() => String) period: string;
  @Field(() => String) description: string;
  @Field(() => String) ownerName: string;
  @Field(() => DateScalar) dueDate: string;
  @Field(() => String, { description: "PLANNED, IN_PROGRESS or DONE" }) status: string;
  @Field(() => Int) stepsDone: number;
  @Field(() => Int) steps: number;
}

@ObjectType("AnnualReportScopeLine", {
  description: "Ordered volume, and over the year's accepted periods delivered volume and actual cost",
})
export class AnnualReportScopeLineType {
  @Field(() => String) description: string;
  @Field(() => String, { nullable: true }) unit: string | null;
  @Field(() => String, { nullable: true }) orderedVolume: string | null;
  @Field(() => String) deliveredVolume: string;
  @Field(() => MoneyScalar) actualCost: string;
}

@ObjectType("AnnualAssessment", { description: "The purchaser side's assessment of a strategic agreement's year" })
export class AnnualAssessmentType {
  @Field(() => RequirementsMet, { nullable: true, description: "Null: as computed from the accepted values" })
  requirementsMet: RequirementsMet | null;
  @Field(() => String, { nullable: true }) deficiencies: string | null;
  @Field(() => String, { nullable: true, description: "How the deficiencies affect the nämnd's goals" }) goalEffect: string | null;
  @Field(() => String, { nullable: true }) actionPlan: string | null;
  @Field(() => Int) version: number;
  @Field(() => String) updatedByName: string;
  @Field(() => String, { description: "ISO 8601" }) updatedAt: string;
}

@ObjectType("AnnualReportAgreement", { description: "One strategic agreement in a nämnd's yearly follow-up report" })
export class AnnualReportAgreementType {
  @Field(() => ID) id: string;
  @Field(() => String) diarienummer: string;
  @Field(() => String) title: string;
  @Field(() => String) providerName: string;
  @Field(() => DateScalar) periodStart: string;
  @Field(() => DateScalar) periodEnd: string;
  @Field(() => String, { nullable: true }) purchaserResponsibleName: string | null;
  @Field(() => String, { nullable: true }) providerResponsibleName: string | null;
  @Field(() => Impact, { nullable: true }) impact: Impact | null;
  @Field(() => ValueClass) valueClass: ValueClass;
  @Field(() => MoneyScalar) compensation: string;
  @Field(() => [AnnualReportIndicatorType]) indicators: AnnualReportIndicatorType[];
  @Field(() => Int) green: number;
  @Field(() => Int) yellow: number;
  @Field(() => Int) red: number;
  @Field(() => RequirementsMet, { nullable: true, description: "From the accepted values alone; null when the year has none" })
  computedRequirementsMet: RequirementsMet | null;
  @Field(() => RequirementsMet, { nullable: true, description: "The assessment's answer where it gives one, else the computed one" })
  requirementsMet: RequirementsMet | null;
  @Field(() => [AnnualReportDeficiencyType]) deficiencies: AnnualReportDeficiencyType[];
  @Field(() => [AnnualReportActionPlanType]) actionPlans: AnnualReportActionPlanType[];
  @Field(() => [AnnualReportScopeLineType]) scope: AnnualReportScopeLineType[];
  @Field(() => AnnualAssessmentType, { nullable: true }) assessment: AnnualAssessmentType | null;
  @Field(() => Boolean, { description: "assessStrategicAgreement is allowed to the caller now" }) canAssess: boolean;
}

@ObjectType("AnnualReportTotals")
export class AnnualReportTotalsType {
  @Field(() => Int) agreements: number;
  @Field(() => Int) green: number;
  @Field(() => Int) yellow: number;
  @Field(() => Int) red: number;
  @Field(() => Int) met: number;
  @Field(() => Int) partly: number;
  @Field(() => Int) notMet: number;
  @Field(() => Int, { description: "No accepted value in the year and no answer in the assessment" }) noBasis: number;
  @Field(() => Int) openActionPlans: number;
}

@ObjectType("AnnualReportDecision", { description: "The nämnd's decision on its yearly report, as the secretary recorded it" })
export class AnnualReportDecisionType {
  @Field(() => DateScalar) meetingDate: string;
  @Field(() => String) paragraph: string;
  @Field(() => String, { nullable: true }) remarks: string | null;
  recordedBy: string;
  @Field(() => DateTimeScalar) recordedAt: Date;
}

@ObjectType("AnnualFollowUpReport", { description: "A nämnd's yearly follow-up report of its strategic agreements (the 2019 guideline)" })
export class AnnualFollowUpReportType {
  @Field(() => OrganType) organ: OrganType;
  @Field(() => Int) year: number;
  @Field(() => String, { description: "SHA-256 of the content: frozen with the decision, else of the report as compiled now" })
  contentHash: string;
  @Field(() => AnnualReportDecisionType, { nullable: true }) decision: AnnualReportDecisionType | null;
  @Field(() => Boolean, { description: "The year is over: its report can be decided on" }) yearEnded: boolean;
  @Field(() => Boolean, { description: "recordAnnualReportDecision is allowed to the caller now" }) canRecordDecision: boolean;
  @Field(() => [AnnualReportAgreementType]) agreements: AnnualReportAgreementType[];
  @Field(() => AnnualReportTotalsType) totals: AnnualReportTotalsType;
}

@ObjectType("AnnualRollUpRow", { description: "One nämnd in kommunledning's roll-up" })
export class AnnualRollUpRowType {
  @Field(() => OrganType) organ: OrganType;
  @Field(() => String) contentHash: string;
  @Field(() => AnnualReportDecisionType, { nullable: true }) decision: AnnualReportDecisionType | null;
  @Field(() => AnnualReportTotalsType) totals: AnnualReportTotalsType;
  @Field(() => [AnnualReportAgreementType]) agreements: AnnualReportAgreementType[];
}

@InputType()
export class AnnualAssessmentInput {
  @Field(() => RequirementsMet, { nullable: true, description: "Null keeps the answer computed from the accepted values" })
  requirementsMet?: RequirementsMet | null;
  @Field(() => String, { nullable: true }) deficiencies?: string | null;
  @Field(() => String, { nullable: true }) goalEffect?: string | null;
  @Field(() => String, { nullable: true }) actionPlan?: string | null;
}

@InputType()
export class AnnualReportDecisionInput {
  @Field(() => DateScalar) meetingDate: string;
  @Field(() => String) paragraph: string;
  @Field(() => String, { nullable: true }) remarks?: string | null;
}
