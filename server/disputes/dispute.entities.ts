import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import type { Party } from "../agreements/agreement.model.js";
import type { LineValues } from "../balance/balance.model.js";
import type { OrganKind } from "../identity/identity.model.js";
import type { DisputeLevel, DisputePriority, DisputeStatus, DisputeSubject } from "./disputes.model.js";

/*
 * Status changes go through guarded SQL in disputes.store.ts (the row is locked first), never through
 * `save()` of a stale entity (STACK.md trap 12).
 */

@Entity("dispute")
export class DisputeEntity {
  @PrimaryGeneratedColumn("uuid") id: string;
  @Column({ type: "uuid" }) municipalityId: string;
  @Column({ type: "uuid" }) agreementId: string;
  /** The section disputed; null: the balance. */
  @Column({ type: "uuid", nullable: true }) sectionId: string | null;
  @Column({ type: "text" }) subject: DisputeSubject;
  @Column({ type: "text" }) description: string;
  @Column({ type: "text" }) status: DisputeStatus;
  @Column({ type: "text" }) level: DisputeLevel;
  @Column({ type: "text" }) priority: DisputePriority;
  @Column({ type: "text" }) raisedParty: Party;
  @Column({ type: "uuid" }) raisedBy: string;
  @Column({ type: "timestamptz" }) raisedAt: Date;
  /** |difference| of the balance totals when a balance dispute was raised. */
  @Column({ type: "numeric", nullable: true }) amountAtStake: string | null;
  @Column({ type: "uuid", nullable: true }) escalatedBy: string | null;
  @Column({ type: "timestamptz", nullable: true }) escalatedAt: Date | null;
  @Column({ type: "uuid", nullable: true }) assigneeId: string | null;
  @Column({ type: "timestamptz", nullable: true }) assignedAt: Date | null;
  @Column({ type: "text", nullable: true }) referredTo: OrganKind | null;
  @Column({ type: "timestamptz", nullable: true }) referredAt: Date | null;
  @Column({ type: "uuid", nullable: true }) withdrawnBy: string | null;
  @Column({ type: "timestamptz", nullable: true }) withdrawnAt: Date | null;
  @Column({ type: "text", nullable: true }) withdrawalNote: string | null;
  @Column({ type: "text", nullable: true }) decisionText: string | null;
  @Column({ type: "text", nullable: true }) decisionReference: string | null;
  @Column({ type: "text", nullable: true }) decisionLevel: DisputeLevel | null;
  @Column({ type: "text", nullable: true }) decisionBody: OrganKind | null;
  @Column({ type: "date", nullable: true }) decisionMeetingDate: string | null;
  @Column({ type: "text", nullable: true }) decisionParagraph: string | null;
  @Column({ type: "jsonb", nullable: true }) decisionBalanceLines: LineValues[] | null;
  @Column({ type: "uuid", nullable: true }) decidedBy: string | null;
  @Column({ type: "timestamptz", nullable: true }) decidedAt: Date | null;
  /** A decision on a section: the party that confirmed the section's text reflects it, and when. */
  @Column({ type: "uuid", nullable: true }) reflectedBy: string | null;
  @Column({ type: "timestamptz", nullable: true }) reflectedAt: Date | null;
  @Column({ type: "timestamptz" }) updatedAt: Date;
  /** A dispute raised from a reported value, or from an action plan, of the follow-up. */
  @Column({ type: "uuid", nullable: true }) indicatorReportId: string | null;
  @Column({ type: "uuid", nullable: true }) actionPlanId: string | null;
}

/** One party's position (ståndpunkt) and the consequence it foresees. */
@Entity("dispute_position")
export class DisputePositionEntity {
  @PrimaryGeneratedColumn("uuid") id: string;
  @Column({ type: "uuid" }) municipalityId: string;
  @Column({ type: "uuid" }) disputeId: string;
  @Column({ type: "text" }) party: Party;
  @Column({ type: "uuid" }) userId: string;
  @Column({ type: "text" }) text: string;
  @Column({ type: "text", nullable: true }) consequence: string | null;
  @Column({ type: "timestamptz" }) at: Date;
}
