import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "../graphql/scalars.js";
import { OrganType, UserType } from "../identity/identity.types.js";
import { OverdueKind } from "./reminders.model.js";

registerEnumType(OverdueKind, { name: "OverdueFollowUpKind", description: "REPORT: a period's report; ACTION_PLAN: a handlingsplan" });

@ObjectType("OverdueFollowUp", {
  description: "A report past its due date and not reported (or returned), or an action plan past its date and not done",
})
export class OverdueFollowUpType {
  @Field(() => ID, { description: "Stable across reads" }) id: string;
  @Field(() => OverdueKind) kind: OverdueKind;
  @Field(() => ID) agreementId: string;
  @Field(() => String) title: string;
  @Field(() => String) diarienummer: string;
  @Field(() => OrganType) purchaser: OrganType;
  @Field(() => OrganType) provider: OrganType;
  @Field(() => String, { description: 'The report\'s period ("2027", "2027-Q1", "2027-03"); for a plan, that of the report it answers' })
  period: string;
  @Field(() => ID, { nullable: true }) actionPlanId: string | null;
  @Field(() => DateScalar) dueDate: string;
  @Field(() => Int, { description: "Whole days since the due date (at least 1)" }) daysOverdue: number;
  @Field(() => [UserType], {
    description: "Whom it is reminded to: the avtalsansvariga (or that side's förvaltningschefer), and a plan's owner",
  })
  responsible: UserType[];
}
