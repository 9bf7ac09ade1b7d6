import { Field, ID, InputType } from "type-graphql";
import { BalanceLineInput } from "../balance/balance.inputs.js";
import { DateScalar } from "../graphql/scalars.js";
import { DisputeSubject } from "./disputes.model.js";

@InputType({ description: "Without sectionId, indicatorReportId or actionPlanId the dispute concerns the balance" })
export class RaiseDisputeInput {
  @Field(() => ID) agreementId: string;
  @Field(() => DisputeSubject) subject: DisputeSubject;
  @Field(() => ID, { nullable: true }) sectionId?: string | null;
  @Field(() => String) description: string;
  @Field(() => String, { description: "The raising party's position" }) position: string;
  @Field(() => String, { nullable: true, description: "The consequence it foresees, economic and/or for quality" }) consequence?:
    string | null;
  @Field(() => ID, { nullable: true, description: "A reported value of the same agreement; subject UPPFOLJNING or TOLKNING" })
  indicatorReportId?: string | null;
  @Field(() => ID, { nullable: true, description: "An action plan of the same agreement; subject UPPFOLJNING or TOLKNING" })
  actionPlanId?: string | null;
}

@InputType({ description: 'Political level needs the minutes: `reference` "KS 2026-12-03 § 145", or meetingDate and paragraph' })
export class DecisionInput {
  @Field(() => String) decision: string;
  @Field(() => String, { nullable: true }) reference?: string | null;
  @Field(() => DateScalar, { nullable: true }) meetingDate?: string | null;
  @Field(() => String, { nullable: true }) paragraph?: string | null;
  @Field(() => [BalanceLineInput], {
    nullable: true,
    description: "The balance that shall apply; applied at once, the balance becomes DECIDED",
  })
  balanceLines?: BalanceLineInput[] | null;
}
