import { Field, ID, ObjectType } from "type-graphql";
import { DateScalar, DateTimeScalar } from "../graphql/scalars.js";

@ObjectType("Notification", { description: "An in-app notification of the caller" })
export class NotificationType {
  @Field(() => ID) id: string;
  @Field(() => String, { description: "What happened, e.g. dispute.raised, dispute.queued, dispute.decided" }) kind: string;
  @Field(() => String, { description: "In Swedish, as the agreement's history says it" }) summary: string;
  @Field(() => ID, { nullable: true }) agreementId: string | null;
  @Field(() => ID, { nullable: true }) disputeId: string | null;
  @Field(() => String, { nullable: true, description: "The agreement's diarienummer" }) diarienummer: string | null;
  @Field(() => String, { nullable: true, description: "A follow-up reminder's period, e.g. 2027-Q1" }) period: string | null;
  @Field(() => DateScalar, { nullable: true, description: "A follow-up reminder's due date" }) dueDate: string | null;
  @Field(() => Boolean) read: boolean;
  @Field(() => DateTimeScalar) createdAt: Date;
}
