import { Extensions, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { SAME_FOR_EVERY_READER } from "../graphql/shared-results.js";
import { DateScalar, DateTimeScalar } from "../graphql/scalars.js";
import { AgreementKind, AgreementStatus, Party } from "./agreement.model.js";

registerEnumType(AgreementKind, { name: "AgreementKind" });
registerEnumType(AgreementStatus, { name: "AgreementStatus", description: "DRAFT → IN_APPROVAL → APPROVED → SIGNED" });
registerEnumType(Party, { name: "Party" });

@ObjectType("Section", { description: "One section of an agreement; its rich text is co-edited as a Yjs document" })
export class SectionType {
  @Field(() => ID) id: string;
  @Field(() => String) key: string;
  @Field(() => String) title: string;
  @Field(() => Boolean) required: boolean;
  @Field(() => String, { description: "Plain text of the section's content" }) text: string;
  @Field(() => Int) seq: number;
}

@ObjectType("AgreementEvent", { description: "One state change of an agreement" })
export class AgreementEventType {
  @Extensions(SAME_FOR_EVERY_READER) @Field(() => Int) seq: number;
  @Extensions(SAME_FOR_EVERY_READER) @Field(() => String) type: string;
  @Extensions(SAME_FOR_EVERY_READER) @Field(() => DateTimeScalar) at: Date;
  @Extensions(SAME_FOR_EVERY_READER) @Field(() => String) summary: string;
}

@ObjectType("AgreementPermissions", {
  description: "What the caller may do now, each flag named after its command; the client never re-derives rules",
})
export class AgreementPermissionsType {
  @Field(() => Boolean, { description: "updateAgreement, and editing the sections" }) canEdit: boolean;
  @Field(() => Boolean) canSubmitForApproval: boolean;
  @Field(() => Boolean, { description: "signAgreement: the caller's party has not signed the approved version yet" })
  canSignAgreement: boolean;
  @Field(() => Boolean, { description: "startAmendment: a tilläggsuppdrag from this signed agreement" }) canStartAmendment: boolean;
  @Field(() => Party, { nullable: true, description: "The side the caller drafts for" }) party: Party | null;
}

@ObjectType("Agreement", { description: "An överenskommelse: a direktbeställning, verksamhetsuppdrag or tilläggsuppdrag" })
export class AgreementType {
  @Field(() => ID) id: string;
  @Field(() => String) diarienummer: string;
  @Field(() => String) title: string;
  @Field(() => AgreementKind) kind: AgreementKind;
  @Field(() => AgreementStatus) status: AgreementStatus;
  @Field(() => DateScalar) periodStart: string;
  @Field(() => DateScalar) periodEnd: string;
  @Field(() => Int, { description: "Bumped by every change of title or period" }) version: number;
  @Field(() => DateTimeScalar) createdAt: Date;
}

@InputType()
export class CreateAgreementInput {
  @Field(() => String) title: string;
  @Field(() => AgreementKind) kind: AgreementKind;
  @Field(() => ID) purchaserOrganId: string;
  @Field(() => ID) providerOrganId: string;
  @Field(() => DateScalar) periodStart: string;
  @Field(() => DateScalar) periodEnd: string;
}

@InputType()
export class UpdateAgreementInput {
  @Field(() => String, { nullable: true }) title?: string;
  @Field(() => DateScalar, { nullable: true }) periodStart?: string;
  @Field(() => DateScalar, { nullable: true }) periodEnd?: string;
}
