import { Field, Float, ID, InputType } from "type-graphql";
import { MoneyScalar } from "../graphql/scalars.js";
import { BalanceLineKind, ProposalOp } from "./balance.model.js";

@InputType({ description: "SCOPE: volume × unitAmount. RESOURCE: a fixed amount, or volume × unitAmount" })
export class BalanceLineInput {
  @Field(() => BalanceLineKind) kind: BalanceLineKind;
  @Field(() => String) description: string;
  @Field(() => Float, { nullable: true }) volume?: number | null;
  @Field(() => String, { nullable: true }) unit?: string | null;
  @Field(() => MoneyScalar, { nullable: true }) unitAmount?: string | null;
  @Field(() => MoneyScalar, { nullable: true }) amount?: string | null;
}

@InputType()
export class ProposalChangeInput {
  @Field(() => ProposalOp) op: ProposalOp;
  @Field(() => ID, { nullable: true, description: "UPDATE, REMOVE: the line" }) lineId?: string | null;
  @Field(() => BalanceLineInput, { nullable: true, description: "ADD, UPDATE: the line as proposed" }) line?: BalanceLineInput | null;
}

@InputType()
export class ProposalInput {
  @Field(() => String) message: string;
  @Field(() => [ProposalChangeInput]) changes: ProposalChangeInput[];
  @Field(() => ID, { nullable: true, description: "Counter this pending proposal of the other party (it becomes SUPERSEDED)" })
  counterTo?: string | null;
}

@InputType()
export class CalculationModelInput {
  @Field(() => MoneyScalar, { description: "Prior-year operating cost" }) priorYearCost: string;
  @Field(() => Float) volumeChangePercent: number;
  @Field(() => Float) efficiencyPercent: number;
  @Field(() => Float) indexUpliftPercent: number;
}
