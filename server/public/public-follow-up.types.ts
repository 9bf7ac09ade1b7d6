import { Field, ID, Int, ObjectType } from "type-graphql";
import { ActionPlanStatus } from "../follow-up/follow-up.entities.js";
// The follow-up's enums are registered with the follow-up's own types, once for the whole schema.
import "../follow-up/follow-up.types.js";
import { IndicatorDirection, IndicatorStatus } from "../follow-up/indicator-status.js";
import { ReportFrequency } from "../follow-up/periods.js";
import { DateScalar, MoneyScalar } from "../graphql/scalars.js";

@ObjectType("PublicActionPlan", { description: "The handlingsplan of an accepted RED value, as far as it is public" })
export class PublicActionPlanType {
  @Field(() => String) description: string;
  @Field(() => String, { description: "Who owns the plan, by name (as the public record names the signatories)" }) ownerName: string;
  @Field(() => DateScalar) dueDate: string;
  @Field(() => ActionPlanStatus) status: ActionPlanStatus;
}

@ObjectType("PublicIndicatorResult", { description: "An indicator's value in a period the purchaser has accepted" })
export class PublicIndicatorResultType {
  @Field(() => String, { description: '"2027", "2027-Q1" or "2027-03"' }) period: string;
  @Field(() => String, { description: "Exact decimal, as reported" }) value: string;
  @Field(() => IndicatorStatus) status: IndicatorStatus;
  @Field(() => String, { nullable: true, description: "The provider's comment or analysis" }) comment: string | null;
  @Field(() => PublicActionPlanType, { nullable: true }) actionPlan: PublicActionPlanType | null;
}

@ObjectType("PublicIndicator", { description: "An indicator of a signed agreement, with its accepted results only" })
export class PublicIndicatorType {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => String) unit: string;
  @Field(() => IndicatorDirection) direction: IndicatorDirection;
  @Field(() => String, { description: "Exact decimal" }) target: string;
  @Field(() => String, { nullable: true, description: "Exact decimal; null: anything short of the target is RED" }) warnAt: string | null;
  @Field(() => ReportFrequency) frequency: ReportFrequency;
  @Field(() => [PublicIndicatorResultType], { description: "Accepted periods only, oldest first" }) results: PublicIndicatorResultType[];
}

@ObjectType("PublicScopeResult", { description: "What production delivered and spent on a scope line in an accepted period" })
export class PublicScopeResultType {
  @Field(() => String) period: string;
  @Field(() => String, { description: "Exact decimal" }) deliveredVolume: string;
  @Field(() => MoneyScalar) actualCost: string;
  @Field(() => String, { nullable: true }) comment: string | null;
}

@ObjectType("PublicScopeLine", { description: "A scope line of the balance: ordered for the term, delivered in the accepted periods" })
export class PublicScopeLineType {
  @Field(() => ID) id: string;
  @Field(() => String) description: string;
  @Field(() => String, { nullable: true }) unit: string | null;
  @Field(() => String, { nullable: true, description: "Exact decimal, for the agreement's term" }) orderedVolume: string | null;
  @Field(() => MoneyScalar, { description: "The balance's cost of the line, for the term" }) estimatedCost: string;
  @Field(() => String, { description: "Exact decimal, the sum over the accepted periods" }) deliveredVolume: string;
  @Field(() => MoneyScalar, { description: "The sum over the accepted periods" }) actualCost: string;
  @Field(() => [PublicScopeResultType], { description: "Accepted periods only, oldest first" }) periods: PublicScopeResultType[];
}

@ObjectType("PublicFollowUp", {
  description: "A signed agreement's follow-up as far as the purchaser has accepted it: nothing reported, returned or unsigned is in it",
})
export class PublicFollowUpType {
  @Field(() => [PublicIndicatorType]) indicators: PublicIndicatorType[];
  @Field(() => [String], { description: "Oldest first" }) acceptedPeriods: string[];
  @Field(() => String, { nullable: true }) latestAcceptedPeriod: string | null;
  @Field(() => Int, { description: "Indicators whose latest accepted value is GREEN" }) green: number;
  @Field(() => Int, { description: "Indicators whose latest accepted value is YELLOW" }) yellow: number;
  @Field(() => Int, { description: "Indicators whose latest accepted value is RED" }) red: number;
  @Field(() => Int, { description: "Action plans of accepted values that are not done" }) openActionPlans: number;
  @Field(() => [PublicScopeLineType]) scopeLines: PublicScopeLineType[];
  @Field(() => MoneyScalar, { description: "The balance's compensation for the term" }) compensation: string;
  @Field(() => MoneyScalar, { description: "The actual cost reported in the accepted periods" }) actualCost: string;
}
