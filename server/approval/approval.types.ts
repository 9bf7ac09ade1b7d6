import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Party } from "../agreements/agreement.model.js";
import { DateScalar, DateTimeScalar } from "../graphql/scalars.js";
import { ApprovalDecision } from "./approval.entities.js";
import { LifecycleGapKind } from "./lifecycle-gaps.js";

registerEnumType(ApprovalDecision, { name: "ApprovalDecision", description: "APPROVED, or RETURNED (återremiss)" });
registerEnumType(LifecycleGapKind, {
  name: "LifecycleGapKind",
  description: "What can stand between an agreement and its next lifecycle step",
});

@ObjectType("LifecycleGap", { description: "One thing missing for the next lifecycle step, as data for the client to word" })
export class LifecycleGapType {
  @Field(() => LifecycleGapKind) kind: LifecycleGapKind;
  @Field(() => Int, { nullable: true, description: "UNDECIDED_DISPUTES, SUGGESTIONS_PENDING: how many" }) count?: number;
  @Field(() => String, {
    nullable: true,
    description: "EMPTY_SECTION, SECTION_NOT_AGREED, SUGGESTIONS_PENDING, DECISION_NOT_REFLECTED: the section's title",
  })
  section?: string;
  @Field(() => String, { nullable: true, description: "COMMITTEE_DECISION: the organ's name" }) organ?: string;
  @Field(() => Party, { nullable: true, description: "SIGNATURE: whose förvaltningschef" }) party?: Party;
}

@ObjectType("AgreementVersion", { description: "A frozen version: what the committees approve and the parties sign" })
export class AgreementVersionType {
  @Field(() => Int) number: number;
  @Field(() => String, { description: "SHA-256 (hex) over the canonical serialisation of the content" }) contentHash: string;
  @Field(() => DateTimeScalar) createdAt: Date;
}

@ObjectType("FrozenBalanceMark", { description: "A förvaltningschef's mark 'balansen håller' as frozen with the version" })
export class FrozenBalanceMarkType {
  @Field(() => Party) party: Party;
  @Field(() => String) userName: string;
  @Field(() => Int, { description: "The balance version marked" }) version: number;
  @Field(() => DateTimeScalar) at: Date;
  @Field(() => String, { nullable: true, description: "Why the balance holds although it misses the result requirement" })
  reason: string | null;
}

@ObjectType("FrozenDecision", { description: "A decision that applied when the version was frozen" })
export class FrozenDecisionType {
  @Field(() => String, { description: "The dispute's subject (DisputeSubject)" }) subject: string;
  @Field(() => String, { nullable: true, description: "The section it applies to; null: the balance" }) sectionTitle: string | null;
  @Field(() => String, { description: "TJANSTEMANNA or POLITISK" }) level: string;
  @Field(() => String, { nullable: true, description: "KOMMUNSTYRELSE or KOMMUNFULLMAKTIGE" }) body: string | null;
  @Field(() => String) text: string;
  @Field(() => String, { nullable: true }) reference: string | null;
  @Field(() => DateScalar, { nullable: true }) meetingDate: string | null;
  @Field(() => String, { nullable: true }) paragraph: string | null;
  @Field(() => DateTimeScalar) decidedAt: Date;
}

@ObjectType("Approval", { description: "One committee's decision on a frozen version (pending while decision is null)" })
export class ApprovalType {
  @Field(() => ApprovalDecision, { nullable: true }) decision: ApprovalDecision | null;
  @Field(() => DateScalar, { nullable: true }) meetingDate: string | null;
  @Field(() => String, { nullable: true, description: "e.g. § 123" }) paragraph: string | null;
  @Field(() => String, { nullable: true }) remarks: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) recordedAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: "When the secretary last corrected the details (see the event log)" })
  correctedAt: Date | null;
  @Field(() => Int) versionNumber: number;
}

@ObjectType("Signature")
export class SignatureType {
  @Field(() => Party) party: Party;
  @Field(() => String) contentHash: string;
  @Field(() => DateTimeScalar) signedAt: Date;
}

@InputType()
export class ApprovalInput {
  @Field(() => ID) organId: string;
  @Field(() => ApprovalDecision) decision: ApprovalDecision;
  @Field(() => DateScalar) meetingDate: string;
  @Field(() => String) paragraph: string;
  @Field(() => String, { nullable: true }) remarks?: string | null;
}
