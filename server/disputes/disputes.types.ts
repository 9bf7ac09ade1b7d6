import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Party } from "../agreements/agreement.model.js";
import { ProposedLineType } from "../balance/balance.types.js";
import { DateScalar, DateTimeScalar, MoneyScalar } from "../graphql/scalars.js";
import { OrganKind } from "../identity/identity.model.js";
import { UserType } from "../identity/identity.types.js";
import { DisputeLevel, DisputePriority, DisputeStatus, DisputeSubject, QueueAge } from "./disputes.model.js";

registerEnumType(DisputeSubject, { name: "DisputeSubject" });
registerEnumType(DisputeStatus, {
  name: "DisputeStatus",
  description: "OPEN → (ESCALATED → IN_REVIEW → REFERRED →) DECIDED; OPEN/ESCALATED → WITHDRAWN",
});
registerEnumType(DisputeLevel, { name: "DisputeLevel", description: "TJANSTEMANNA (official level) until referred to KS or KF: POLITISK" });
registerEnumType(DisputePriority, {
  name: "DisputePriority",
  description: "HIGH on escalation when the amount at stake is at least 1 000 000 kr; kommunledning may change it",
});
registerEnumType(QueueAge, { name: "QueueAge", description: "Time in the queue against the municipality's thresholds" });

@ObjectType("DisputePosition", { description: "One party's position and the consequence it foresees" })
export class DisputePositionType {
  @Field(() => Party) party: Party;
  @Field(() => UserType) user: UserType;
  @Field(() => String) text: string;
  @Field(() => String, { nullable: true, description: "The foreseen consequence, economic and/or for quality" }) consequence: string | null;
  @Field(() => DateTimeScalar) at: Date;
}

@ObjectType("Decision", { description: "Kommunledning's, or at political level KS's or KF's, decision" })
export class DecisionType {
  @Field(() => String) text: string;
  @Field(() => String, { nullable: true, description: "Political level: the minutes, e.g. KS 2026-12-03 § 145" }) reference: string | null;
  @Field(() => DisputeLevel) level: DisputeLevel;
  @Field(() => OrganKind, { nullable: true, description: "Political level: KOMMUNSTYRELSE or KOMMUNFULLMAKTIGE" }) body: OrganKind | null;
  @Field(() => DateScalar, { nullable: true }) meetingDate: string | null;
  @Field(() => String, { nullable: true }) paragraph: string | null;
  @Field(() => UserType) decidedBy: UserType;
  @Field(() => DateTimeScalar) decidedAt: Date;
  @Field(() => [ProposedLineType], { nullable: true, description: "The balance lines the decision set, if any" }) balanceLines:
    ProposedLineType[] | null;
}

@ObjectType("DisputeSection", { description: "The section a dispute concerns" })
export class DisputeSectionType {
  @Field(() => ID) id: string;
  @Field(() => String) title: string;
}

@ObjectType("DisputePermissions", { description: "What the caller may do with the dispute now" })
export class DisputePermissionsType {
  @Field(() => Boolean) canAddPosition: boolean;
  @Field(() => Boolean) canWithdraw: boolean;
  @Field(() => Boolean, { description: "Send the dispute to kommunledning's queue (not Agreement.permissions.canEscalate)" })
  canEscalateDispute: boolean;
  @Field(() => Boolean) canAssign: boolean;
  @Field(() => Boolean) canRefer: boolean;
  @Field(() => Boolean) canDecide: boolean;
  @Field(() => Boolean) canSetPriority: boolean;
  @Field(() => Boolean, { description: "Confirm that the section's text reflects the decision (confirmDecisionReflected)" })
  canConfirmReflected: boolean;
}

@ObjectType("Dispute", { description: "A disagreement between the parties on the balance or a section (tvist)" })
export class DisputeType {
  @Field(() => ID) id: string;
  @Field(() => DisputeSubject) subject: DisputeSubject;
  @Field(() => DisputeStatus) status: DisputeStatus;
  @Field(() => DisputeLevel) level: DisputeLevel;
  @Field(() => DisputePriority) priority: DisputePriority;
  @Field(() => OrganKind, { nullable: true }) referredTo: OrganKind | null;
  @Field(() => String) description: string;
  @Field(() => Boolean, { description: "True: the dispute concerns the balance; false: a section, or a value or plan of the follow-up" })
  concernsBalance: boolean;
  @Field(() => DisputeSectionType, { nullable: true }) section: DisputeSectionType | null;
  @Field(() => MoneyScalar, { nullable: true, description: "Balance disputes: |difference| of the balance totals when raised" })
  amountAtStake: string | null;
  @Field(() => [DisputePositionType], { description: "Both sides' positions, oldest first" }) positions: DisputePositionType[];
  @Field(() => Party) raisedParty: Party;
  @Field(() => UserType) raisedBy: UserType;
  @Field(() => DateTimeScalar) raisedAt: Date;
  @Field(() => DateTimeScalar, { nullable: true }) escalatedAt: Date | null;
  @Field(() => UserType, { nullable: true }) assignee: UserType | null;
  @Field(() => DateTimeScalar, { nullable: true }) assignedAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) referredAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) withdrawnAt: Date | null;
  @Field(() => String, { nullable: true }) withdrawalNote: string | null;
  @Field(() => DecisionType, { nullable: true }) decision: DecisionType | null;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "A decision on a section: when a party confirmed that the text reflects it; null while the section shows it as pending",
  })
  reflectedAt: Date | null;
  @Field(() => UserType, { nullable: true, description: "Who confirmed that the text reflects the decision" }) reflectedBy: UserType | null;
  @Field(() => Int, { nullable: true, description: "Whole days since escalation (until decided or withdrawn)" }) queueDays: number | null;
  @Field(() => QueueAge, { nullable: true, description: "While in the queue: FRESH, WARN or OVERDUE" }) queueAge: QueueAge | null;
  @Field(() => DisputePermissionsType) permissions: DisputePermissionsType;
}

@ObjectType("EscalationQueueSettings", { description: "The municipality's age thresholds of the queue, in days" })
export class QueueSettingsType {
  @Field(() => Int) warnDays: number;
  @Field(() => Int) overdueDays: number;
}

@ObjectType("AppliedDecision", {
  description: "A decision that applies to the agreement (a decided dispute): where, its conditions, and the minutes that carry them",
})
export class AppliedDecisionType {
  @Field(() => ID, { description: "The dispute it decided" }) disputeId: string;
  @Field(() => DisputeSubject) subject: DisputeSubject;
  @Field(() => DisputeSectionType, { nullable: true, description: "The section it applies to; null: the balance" })
  section: DisputeSectionType | null;
  @Field(() => String, { description: "The conditions that apply" }) text: string;
  @Field(() => DisputeLevel) level: DisputeLevel;
  @Field(() => OrganKind, { nullable: true, description: "Political level: KOMMUNSTYRELSE or KOMMUNFULLMAKTIGE" }) body: OrganKind | null;
  @Field(() => String, { nullable: true, description: "e.g. KS 2026-12-03 § 145, or at official level a tjänsteskrivelse" })
  reference: string | null;
  @Field(() => DateScalar, { nullable: true }) meetingDate: string | null;
  @Field(() => String, { nullable: true }) paragraph: string | null;
  @Field(() => DateTimeScalar) decidedAt: Date;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "A decision on a section: when a party confirmed the text reflects it (null while it waits)",
  })
  reflectedAt: Date | null;
}
