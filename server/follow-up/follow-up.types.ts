import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { SectionType } from "../agreements/agreement.types.js";
import { BalanceLineType } from "../balance/balance.types.js";
import { DateScalar, DateTimeScalar, MoneyScalar } from "../graphql/scalars.js";
import { UserType } from "../identity/identity.types.js";
import { ActionPlanStatus } from "./follow-up.entities.js";
import { FollowUpPeriodState, IndicatorDirection, IndicatorStatus, ReportFrequency } from "./follow-up.model.js";

registerEnumType(IndicatorDirection, { name: "IndicatorDirection" });
registerEnumType(ReportFrequency, { name: "ReportFrequency", description: 'Periods "2027-03", "2027-Q1" or "2027"' });
registerEnumType(IndicatorStatus, {
  name: "IndicatorStatus",
  description: "GREEN: reaches the target; YELLOW: misses it but reaches the warning threshold; RED: otherwise",
});
registerEnumType(FollowUpPeriodState, {
  name: "FollowUpPeriodStatus",
  description:
    "NOT_DUE: not ended; DUE: ended, nothing reported, due date not passed; OVERDUE: due date passed with nothing reported; " +
    "REPORTED, RETURNED (with remarks) or ACCEPTED by the purchaser",
});
registerEnumType(ActionPlanStatus, { name: "ActionPlanStatus" });

@ObjectType("ActionPlanStep", { description: "One action of a plan" })
export class ActionPlanStepType {
  @Field(() => ID) id: string;
  @Field(() => Int) position: number;
  @Field(() => String) description: string;
  @Field(() => Boolean) done: boolean;
  @Field(() => DateTimeScalar, { nullable: true }) doneAt: Date | null;
  @Field(() => UserType, { nullable: true }) doneBy: UserType | null;
}

@ObjectType("ActionPlanPermissions")
export class ActionPlanPermissionsType {
  @Field(() => Boolean, { description: "updateActionPlan and setActionStepDone" }) canUpdate: boolean;
}

@ObjectType("ActionPlan", { description: "A handlingsplan for a YELLOW or RED value" })
export class ActionPlanType {
  @Field(() => ID) id: string;
  @Field(() => ID) reportId: string;
  @Field(() => String, { description: "The value's period" }) period: string;
  @Field(() => String, { description: "The indicator's name" }) indicatorName: string;
  @Field(() => String) description: string;
  @Field(() => UserType) owner: UserType;
  @Field(() => DateScalar) dueDate: string;
  @Field(() => ActionPlanStatus) status: ActionPlanStatus;
  @Field(() => Boolean, { description: "Not DONE, and its due date has passed" }) overdue: boolean;
  @Field(() => DateTimeScalar, { nullable: true }) doneAt: Date | null;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => Int, { description: "updateActionPlan's version" }) version: number;
  @Field(() => [ActionPlanStepType]) steps: ActionPlanStepType[];
  @Field(() => ActionPlanPermissionsType) permissions: ActionPlanPermissionsType;
}

@ObjectType("IndicatorReportPermissions")
export class IndicatorReportPermissionsType {
  @Field(() => Boolean) canAddActionPlan: boolean;
}

@ObjectType("IndicatorReport", { description: "The provider's value of an indicator for a period" })
export class IndicatorReportType {
  @Field(() => ID) id: string;
  @Field(() => ID) indicatorId: string;
  @Field(() => String) period: string;
  @Field(() => String, { description: "Exact decimal" }) value: string;
  @Field(() => IndicatorStatus) status: IndicatorStatus;
  @Field(() => String, { nullable: true, description: "The provider's comment or analysis" }) comment: string | null;
  @Field(() => UserType) reportedBy: UserType;
  @Field(() => DateTimeScalar) reportedAt: Date;
  @Field(() => Int, { description: "1 for the first report; each replacement adds one" }) version: number;
  @Field(() => ActionPlanType, { nullable: true }) actionPlan: ActionPlanType | null;
  @Field(() => IndicatorReportPermissionsType) permissions: IndicatorReportPermissionsType;
}

@ObjectType("IndicatorPermissions")
export class IndicatorPermissionsType {
  @Field(() => Boolean, { description: "updateIndicator" }) canEdit: boolean;
  @Field(() => Boolean, { description: "removeIndicator" }) canRemove: boolean;
  @Field(() => Boolean, { description: "reportIndicator, for some ended period" }) canReport: boolean;
}

@ObjectType("Indicator")
export class IndicatorType {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => String) unit: string;
  @Field(() => IndicatorDirection) direction: IndicatorDirection;
  @Field(() => String, { description: "Exact decimal" }) target: string;
  @Field(() => String, { nullable: true, description: "Exact decimal, on the bad side of the target (or on it)" }) warnAt: string | null;
  @Field(() => ReportFrequency) frequency: ReportFrequency;
  @Field(() => SectionType, { nullable: true }) section: SectionType | null;
  @Field(() => BalanceLineType, { nullable: true, description: "A SCOPE line: a volume indicator" }) balanceLine: BalanceLineType | null;
  @Field(() => Int) position: number;
  @Field(() => Int, { description: "updateIndicator's and removeIndicator's version" }) version: number;
  @Field(() => [IndicatorReportType], { description: "Oldest period first; without login only accepted periods" })
  reports: IndicatorReportType[];
  @Field(() => IndicatorPermissionsType) permissions: IndicatorPermissionsType;
}

@ObjectType("FollowUpDelivery", { description: "One scope line in one period: ordered vs delivered volume, compensation vs actual cost" })
export class DeliveryType {
  @Field(() => BalanceLineType) balanceLine: BalanceLineType;
  @Field(() => String, { description: "The line's volume pro rata by the period's days within the term (6 decimals)" })
  orderedVolume: string;
  @Field(() => String, { nullable: true }) deliveredVolume: string | null;
  @Field(() => MoneyScalar, { description: "The line's amount pro rata, rounded to öre" }) compensation: string;
  @Field(() => MoneyScalar, { nullable: true }) actualCost: string | null;
  @Field(() => String, { nullable: true }) comment: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) reportedAt: Date | null;
}

@ObjectType("FollowUpPeriodPermissions")
export class FollowUpPeriodPermissionsType {
  @Field(() => Boolean, { description: "reportIndicator / reportDelivery for this period" }) canReport: boolean;
  @Field(() => Boolean, { description: "acceptFollowUp" }) canAccept: boolean;
  @Field(() => Boolean, { description: "returnFollowUp" }) canReturn: boolean;
}

@ObjectType("FollowUpPeriod")
export class FollowUpPeriodType {
  @Field(() => String, { description: '"2027", "2027-Q1" or "2027-03"' }) key: string;
  @Field(() => ReportFrequency) frequency: ReportFrequency;
  @Field(() => DateScalar, { description: "First day within the term" }) start: string;
  @Field(() => DateScalar, { description: "Last day within the term" }) end: string;
  @Field(() => DateScalar, { description: "end + the municipality's followUpDueDays" }) dueDate: string;
  @Field(() => FollowUpPeriodState) status: FollowUpPeriodState;
  @Field(() => String, { nullable: true, description: "The purchaser's remarks when returned" }) remarks: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) decidedAt: Date | null;
  @Field(() => UserType, { nullable: true }) decidedBy: UserType | null;
  @Field(() => [IndicatorReportType], { description: "The values of the indicators of this frequency" }) reports: IndicatorReportType[];
  @Field(() => [DeliveryType], { description: "Per scope line; empty unless the period is of the delivery frequency" })
  deliveries: DeliveryType[];
  @Field(() => FollowUpPeriodPermissionsType) permissions: FollowUpPeriodPermissionsType;
}

@ObjectType("FollowUpForecastLine")
export class ForecastLineType {
  @Field(() => BalanceLineType) balanceLine: BalanceLineType;
  @Field(() => String, { description: "Ordered for the year (within the term), pro rata" }) orderedVolume: string;
  @Field(() => MoneyScalar) compensation: string;
  @Field(() => String, { description: "Delivered so far this year" }) deliveredVolume: string;
  @Field(() => MoneyScalar, { description: "Actual cost so far this year" }) actualCost: string;
  @Field(() => Int, { description: "Days of the year the reported periods cover" }) coveredDays: number;
  @Field(() => String, { nullable: true, description: "Delivered so far, extrapolated linearly to the year's end" }) forecastVolume:
    string | null;
  @Field(() => MoneyScalar, { nullable: true, description: "Actual cost so far, extrapolated linearly to the year's end" })
  forecastCost: string | null;
}

@ObjectType("FollowUpForecast", { description: "The current budget year, within the term; linear extrapolation of what is reported" })
export class ForecastType {
  @Field(() => Int) year: number;
  @Field(() => DateScalar) start: string;
  @Field(() => DateScalar) end: string;
  @Field(() => [ForecastLineType]) lines: ForecastLineType[];
  @Field(() => MoneyScalar) compensation: string;
  @Field(() => MoneyScalar) actualCost: string;
  @Field(() => MoneyScalar, { nullable: true, description: "Sum of the lines' forecasts; null when no line has one" }) forecastCost:
    string | null;
}

@ObjectType("FollowUpPermissions")
export class FollowUpPermissionsType {
  @Field(() => Boolean, { description: "addIndicator" }) canAddIndicator: boolean;
  @Field(() => Boolean, { description: "reportIndicator (for an ended period not accepted)" }) canReport: boolean;
  @Field(() => Boolean, { description: "reportDelivery: as canReport, when the balance has scope lines" }) canReportDelivery: boolean;
  @Field(() => Boolean, { description: "acceptFollowUp for some period now" }) canAccept: boolean;
  @Field(() => Boolean, { description: "returnFollowUp for some period now" }) canReturn: boolean;
}

@ObjectType("FollowUp", { description: "The follow-up page of an agreement" })
export class FollowUpType {
  @Field(() => ReportFrequency, { description: "The rhythm of reportDelivery: the finest frequency of the indicators" })
  deliveryFrequency: ReportFrequency;
  @Field(() => Int, { description: "The municipality's followUpDueDays" }) dueDays: number;
  @Field(() => [FollowUpPeriodType], { description: "Every period of the term for the frequencies in use, finest first, in order" })
  periods: FollowUpPeriodType[];
  @Field(() => ForecastType, { nullable: true, description: "The current budget year; null outside the term" })
  forecast: ForecastType | null;
  @Field(() => [ActionPlanType]) openActionPlans: ActionPlanType[];
  @Field(() => [FollowUpPeriodType], { description: "Ended periods past their due date with nothing reported" })
  overdueReports: FollowUpPeriodType[];
  @Field(() => FollowUpPermissionsType) permissions: FollowUpPermissionsType;
}

@InputType("IndicatorInput")
export class IndicatorInputType {
  @Field(() => String) name: string;
  @Field(() => String) unit: string;
  @Field(() => IndicatorDirection) direction: IndicatorDirection;
  @Field(() => String, { description: 'Exact decimal, e.g. "90" or "87.5"' }) target: string;
  @Field(() => String, { nullable: true, description: "On the bad side of the target (or on it)" }) warnAt?: string | null;
  @Field(() => ReportFrequency) frequency: ReportFrequency;
  @Field(() => ID, { nullable: true, description: "A section of the same agreement" }) sectionId?: string | null;
  @Field(() => ID, { nullable: true, description: "A SCOPE line of the same agreement's balance" }) balanceLineId?: string | null;
}

@InputType("ActionPlanInput")
export class ActionPlanInputType {
  @Field(() => String) description: string;
  @Field(() => ID, { description: "An active user holding a role in either party's organ" }) ownerId: string;
  @Field(() => DateScalar) dueDate: string;
  @Field(() => [String], { nullable: true, description: "The plan's actions, in order" }) steps?: string[] | null;
}

@InputType("ActionPlanChangesInput", { description: "What else changes with the status; absent fields keep their value" })
export class ActionPlanChangesInputType {
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ID, { nullable: true }) ownerId?: string | null;
  @Field(() => DateScalar, { nullable: true }) dueDate?: string | null;
}
