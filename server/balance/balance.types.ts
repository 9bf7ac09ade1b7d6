import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Party } from "../agreements/agreement.model.js";
import { DateTimeScalar, MoneyScalar } from "../graphql/scalars.js";
import { UserType } from "../identity/identity.types.js";
import { ResultRequirementKind } from "../identity/identity.model.js";
import { BalanceLineKind, BalanceStatus, ProposalOp, ProposalResponse, ProposalStatus } from "./balance.model.js";

registerEnumType(BalanceStatus, {
  name: "BalanceStatus",
  description: "OPEN while negotiated; AGREED by both förvaltningschefer; DECIDED by kommunledning",
});
registerEnumType(BalanceLineKind, { name: "BalanceLineKind", description: "SCOPE: uppdrag and its cost; RESOURCE: ersättning" });
registerEnumType(ProposalStatus, { name: "ProposalStatus" });
registerEnumType(ProposalOp, { name: "ProposalOp" });
registerEnumType(ProposalResponse, { name: "ProposalResponse" });
registerEnumType(ResultRequirementKind, { name: "ResultRequirementKind", description: "MIN_MARGIN (Österåker) or COST_PRICE (Linköping)" });

@ObjectType("BalanceLine")
export class BalanceLineType {
  @Field(() => ID) id: string;
  @Field(() => BalanceLineKind) kind: BalanceLineKind;
  @Field(() => String) description: string;
  @Field(() => Float, { nullable: true }) volume: number | null;
  @Field(() => String, { nullable: true }) unit: string | null;
  @Field(() => MoneyScalar, { nullable: true, description: "Cost per unit (SCOPE) or rate per unit (RESOURCE)" }) unitAmount: string | null;
  @Field(() => MoneyScalar, { description: "volume × unitAmount rounded to öre, or a fixed amount" }) amount: string;
}

@ObjectType("BalanceTotals")
export class BalanceTotalsType {
  @Field(() => MoneyScalar) cost: string;
  @Field(() => MoneyScalar) compensation: string;
  @Field(() => MoneyScalar, { description: "compensation − cost" }) difference: string;
  @Field(() => Float, {
    nullable: true,
    description: "difference ÷ compensation × 100, rounded to two decimals; null without compensation",
  })
  marginPercent: number | null;
  @Field(() => Boolean, { description: "Whether the municipality's result requirement holds, judged on the exact figures" })
  requirementMet: boolean;
}

@ObjectType("BalanceAgreement", { description: "A förvaltningschef's mark that the balance holds, on one exact version" })
export class BalanceAgreementType {
  @Field(() => Party) party: Party;
  @Field(() => UserType) user: UserType;
  @Field(() => Int) version: number;
  @Field(() => DateTimeScalar) at: Date;
  @Field(() => String, {
    nullable: true,
    description: "Why the balance holds although it misses the result requirement: required then (agreeBalance's reason), else null",
  })
  reason: string | null;
}

@ObjectType("ResultRequirement", { description: "The municipality's result requirement (its configuration)" })
export class ResultRequirementType {
  @Field(() => ResultRequirementKind) kind: ResultRequirementKind;
  @Field(() => Float, { description: "MIN_MARGIN: the minimum margin %; COST_PRICE: 0" }) minMarginPercent: number;
}

@ObjectType("CalculationModel", { description: "Linköping's calculation model and the compensation it suggests" })
export class CalculationModelType {
  @Field(() => MoneyScalar) priorYearCost: string;
  @Field(() => Float) volumeChangePercent: number;
  @Field(() => Float) efficiencyPercent: number;
  @Field(() => Float) indexUpliftPercent: number;
  @Field(() => MoneyScalar) afterVolumeChange: string;
  @Field(() => MoneyScalar) afterEfficiency: string;
  @Field(() => MoneyScalar, { description: "Rounded once to öre; can be inserted as a RESOURCE line" }) suggestedCompensation: string;
}

@ObjectType("BalancePermissions", { description: "What the caller may do with the balance now" })
export class BalancePermissionsType {
  @Field(() => Boolean) canEdit: boolean;
  @Field(() => Boolean) canPropose: boolean;
  @Field(() => Boolean, { description: "Mark 'balansen håller' for the caller's party on the current version (agreeBalance)" })
  canAgreeBalance: boolean;
}

@ObjectType("Balance", { description: "Balans mellan uppdrag och resurser" })
export class BalanceType {
  @Field(() => Int, { description: "Bumped by every change; 0 before the first" }) version: number;
  @Field(() => BalanceStatus) status: BalanceStatus;
  @Field(() => [BalanceLineType]) lines: BalanceLineType[];
  @Field(() => BalanceTotalsType) totals: BalanceTotalsType;
  @Field(() => [BalanceAgreementType], { description: "The parties' marks on the current version" }) agreements: BalanceAgreementType[];
  @Field(() => ResultRequirementType) requirement: ResultRequirementType;
  @Field(() => CalculationModelType, { nullable: true }) calculationModel: CalculationModelType | null;
  @Field(() => Party, { nullable: true, description: "The side the caller drafts for" }) party: Party | null;
  @Field(() => BalancePermissionsType) permissions: BalancePermissionsType;
}

@ObjectType("ProposedLine", { description: "A line's values as a proposal states them" })
export class ProposedLineType {
  @Field(() => BalanceLineKind) kind: BalanceLineKind;
  @Field(() => String) description: string;
  @Field(() => Float, { nullable: true }) volume: number | null;
  @Field(() => String, { nullable: true }) unit: string | null;
  @Field(() => MoneyScalar, { nullable: true }) unitAmount: string | null;
  @Field(() => MoneyScalar) amount: string;
}

@ObjectType("ProposalChange")
export class ProposalChangeType {
  @Field(() => ProposalOp) op: ProposalOp;
  @Field(() => ID, { nullable: true }) lineId: string | null;
  @Field(() => String) description: string;
  @Field(() => ProposedLineType, { nullable: true, description: "The line at the proposal's base version (UPDATE, REMOVE)" })
  before: ProposedLineType | null;
  @Field(() => ProposedLineType, { nullable: true, description: "The line as proposed (ADD, UPDATE)" }) line: ProposedLineType | null;
  @Field(() => MoneyScalar, { nullable: true }) amountBefore: string | null;
  @Field(() => MoneyScalar, { nullable: true }) amountAfter: string | null;
}

@ObjectType("ProposalPermissions")
export class ProposalPermissionsType {
  @Field(() => Boolean, { description: "The other party, pending, and made on the current version" }) canAccept: boolean;
  @Field(() => Boolean) canReject: boolean;
  @Field(() => Boolean) canCounter: boolean;
}

@ObjectType("Proposal", { description: "A bundle of balance line changes one party offers the other" })
export class ProposalType {
  @Field(() => ID) id: string;
  @Field(() => ProposalStatus) status: ProposalStatus;
  @Field(() => Party) party: Party;
  @Field(() => UserType) proposedBy: UserType;
  @Field(() => String) message: string;
  @Field(() => [ProposalChangeType]) changes: ProposalChangeType[];
  @Field(() => Int) baseVersion: number;
  @Field(() => Boolean, { description: "The balance changed since: it can be rejected or countered, not accepted" }) stale: boolean;
  @Field(() => ID, { nullable: true, description: "The proposal this one counters" }) counterTo: string | null;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => UserType, { nullable: true }) respondedBy: UserType | null;
  @Field(() => String, { nullable: true }) responseMessage: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) respondedAt: Date | null;
  @Field(() => Int, { nullable: true, description: "The balance version accepting it produced" }) appliedVersion: number | null;
  @Field(() => ProposalPermissionsType) permissions: ProposalPermissionsType;
}
