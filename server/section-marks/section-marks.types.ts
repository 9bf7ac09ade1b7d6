import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Party, SectionStatus } from "../agreements/agreement.model.js";
import { DateTimeScalar } from "../graphql/scalars.js";
import { UserType } from "../identity/identity.types.js";

registerEnumType(SectionStatus, {
  name: "SectionStatus",
  description: "OPEN, or AGREED by both parties on its exact content (its seq) and locked until either reopens it",
});

@ObjectType("SectionMark", { description: "A party's mark that the section is agreed, on one exact seq" })
export class SectionMarkType {
  @Field(() => Party) party: Party;
  @Field(() => UserType) user: UserType;
  @Field(() => Int) seq: number;
  @Field(() => DateTimeScalar) at: Date;
}
