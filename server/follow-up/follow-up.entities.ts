import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import type { IndicatorDirection, IndicatorStatus } from "./indicator-status.js";
import type { ReportFrequency } from "./periods.js";

/** Numeric columns stay exact decimal strings ("12.500000"); the pg driver never makes them numbers. */

@Entity("indicator")
export class IndicatorEntity {
  @PrimaryGeneratedColumn("uuid") id: string;
  @Column({ type: "uuid" }) municipalityId: string;
  @Column({ type: "uuid" }) agreementId: string;
  @Column({ type: "uuid", nullable: true }) sectionId: string | null;
  /** A SCOPE line of the balance: the indicator measures delivered against ordered volume. */
  @Column({ type: "uuid", nullable: true }) balanceLineId: string | null;
  @Column({ type: "int" }) position: number;
  @Column({ type: "text" }) name: string;
  @Column({ type: "text" }) unit: string;
  @Column({ type: "text" }) direction: IndicatorDirection;
  @Column({ type: "numeric" }) target: string;
  @Column({ type: "numeric", nullable: true }) warnAt: string | null;
  @Column({ type: "text" }) frequency: ReportFrequency;
  @Column({ type: "int" }) version: number;
  @Column({ type: "uuid" }) createdBy: string;
  @Column({ type: "timestamptz" }) createdAt: Date;
}

export enum FollowUpPeriodStatus {
  REPORTED = "REPORTED",
  ACCEPTED = "ACCEPTED",
  RETURNED = "RETURNED",
}

@Entity("follow_up_period")
export class FollowUpPeriodEntity {
  @PrimaryGeneratedColumn("uuid") id: string;
  @Column({ type: "uuid" }) municipalityId: string;
  @Column({ type: "uuid" }) agreementId: string;
  @Column({ type: "text" }) period: string;
  @Column({ type: "text" }) status: FollowUpPeriodStatus;
  /** The purchaser's remarks when returning (or accepting) the period's report. */
  @Column({ type: "text", nullable: true }) remarks: string | null;
  @Column({ type: "uuid", nullable: true }) decidedBy: string | null;
  @Column({ type: "timestamptz", nullable: true }) decidedAt: Date | null;
  @Column({ type: "int" }) version: number;
}

@Entity("indicator_report")
export class IndicatorReportEntity {
  @PrimaryGeneratedColumn("uuid") id: string;
  @Column({ type: "uuid" }) municipalityId: string;
  @Column({ type: "uuid" }) agreementId: string;
  @Column({ type: "uuid" }) indicatorId: string;
  @Column({ type: "text" }) period: string;
  @Column({ type: "numeric" }) value: string;
  @Column({ type: "text" }) status: IndicatorStatus;
  @Column({ type: "text", nullable: true }) comment: string | null;
  @Column({ type: "uuid" }) reportedBy: string;
  @Column({ type: "timestamptz" }) reportedAt: Date;
  @Column({ type: "int" }) version: number;
}

@Entity("scope_report")
export class ScopeReportEntity {
  @PrimaryGeneratedColumn("uuid") id: string;
  @Column({ type: "uuid" }) municipalityId: string;
  @Column({ type: "uuid" }) agreementId: string;
  @Column({ type: "uuid" }) balanceLineId: string;
  @Column({ type: "text" }) period: string;
  @Column({ type: "numeric" }) deliveredVolume: string;
  @Column({ type: "numeric" }) actualCost: string;
  @Column({ type: "text", nullable: true }) comment: string | null;
  @Column({ type: "uuid" }) reportedBy: string;
  @Column({ type: "timestamptz" }) reportedAt: Date;
  @Column({ type: "int" }) version: number;
}

export enum ActionPlanStatus {
  PLANNED = "PLANNED",
  IN_PROGRESS = "IN_PROGRESS",
  DONE = "DONE",
}

@Entity("action_plan")
export class ActionPlanEntity {
  @PrimaryGeneratedColumn("uuid") id: string;
  @Column({ type: "uuid" }) municipalityId: string;
  @Column({ type: "uuid" }) agreementId: string;
  @Column({ type: "uuid" }) reportId: string;
  @Column({ type: "text" }) description: string;
  @Column({ type: "uuid" }) ownerId: string;
  @Column({ type: "date" }) dueDate: string;
  @Column({ type: "text" }) status: ActionPlanStatus;
  @Column({ type: "timestamptz", nullable: true }) doneAt: Date | null;
  @Column({ type: "uuid" }) createdBy: string;
  @Column({ type: "timestamptz" }) createdAt: Date;
  @Column({ type: "int" }) version: number;
}

@Entity("action_plan_step")
export class ActionPlanStepEntity {
  @PrimaryGeneratedColumn("uuid") id: string;
  @Column({ type: "uuid" }) municipalityId: string;
  @Column({ type: "uuid" }) actionPlanId: string;
  @Column({ type: "int" }) position: number;
  @Column({ type: "text" }) description: string;
  @Column({ type: "timestamptz", nullable: true }) doneAt: Date | null;
  @Column({ type: "uuid", nullable: true }) doneBy: string | null;
}
