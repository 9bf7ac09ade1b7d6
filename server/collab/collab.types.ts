import { Extensions, Field, ID, Int, ObjectType } from "type-graphql";
import { PLAIN_PROPERTY } from "../graphql/direct-results.js";
import { UserType } from "../identity/identity.types.js";

@ObjectType("SectionState")
export class SectionStateType {
  @Field(() => String, { description: "Base64 Yjs update with what the given state vector lacks" }) update: string;
  @Field(() => Int, { description: "The section's durable log position; resume `sectionUpdates` after it" }) seq: number;
  @Field(() => Boolean, { description: "Whether the caller may push updates now" }) editable: boolean;
}

@ObjectType("SectionAck")
export class SectionAckType {
  @Field(() => Int, { description: "The update's position in the section's log: it is durably stored" }) seq: number;
}

/** Relayed to every editor of a section, many a second: its fields are plain properties (`graphql/direct-results.ts`). */
@ObjectType("SectionUpdate")
export class SectionUpdateType {
  @Extensions(PLAIN_PROPERTY) @Field(() => ID) sectionId: string;
  @Extensions(PLAIN_PROPERTY)
  @Field(() => Int, { description: "Log position; for an update relayed before it is durable, the section's watermark" })
  seq: number;
  @Extensions(PLAIN_PROPERTY) @Field(() => String, { description: "Base64 Yjs update" }) update: string;
  @Extensions(PLAIN_PROPERTY)
  @Field(() => String, { nullable: true, description: "The `origin` the sender pushed it with" })
  origin: string | null;
}

@ObjectType("PresenceMember")
export class PresenceMemberType {
  @Field(() => String) clientId: string;
  @Field(() => UserType) user: UserType;
  @Field(() => ID, { nullable: true, description: "The section the member is in" }) sectionId: string | null;
  @Field(() => String, { description: "The member's caret colour, #rrggbb" }) color: string;
  @Field(() => String, { nullable: true, description: "JSON {anchor, head} of Yjs relative positions" }) cursor: string | null;
}

@ObjectType("PresenceUpdate")
export class PresenceUpdateType {
  @Field(() => ID) agreementId: string;
  @Field(() => [PresenceMemberType]) members: PresenceMemberType[];
}
