import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { EmailPreference, OrganKind, ResultRequirementKind, Role, type UserLanguage } from "./identity.model.js";

@Entity("municipality")
export class MunicipalityEntity {
  @PrimaryGeneratedColumn("uuid") id: string;
  @Column({ type: "text" }) slug: string;
  @Column({ type: "text" }) name: string;
  @Column({ type: "text" }) requirementKind: ResultRequirementKind;
  /** Minimum margin % for MIN_MARGIN; exact decimal string. */
  @Column({ type: "numeric" }) minMarginPercent: string;
  @Column({ type: "int" }) queueWarnDays: number;
  @Column({ type: "int" }) queueOverdueDays: number;
  /** A follow-up period's report is due this many days after the period ends. */
  @Column({ type: "int" }) followUpDueDays: number;
  /** An agreement's value class by its balance's compensation: MEDIUM from this many kronor (exact decimal string). */
  @Column({ type: "numeric" }) strategicValueMediumFrom: string;
  /** HIGH from this many kronor; above `strategicValueMediumFrom` (the table checks it). */
  @Column({ type: "numeric" }) strategicValueHighFrom: string;
  /** Whether staff may sign in with a password while the municipality's single sign-on is configured. */
  @Column({ type: "boolean" }) passwordLoginAllowed: boolean;
  /** Bumped by each change of the section template (CONFLICT for a stale one). */
  @Column({ type: "int" }) templateVersion: number;
  /** Bumped by each change of the settings: queue days, password login, follow-up, value thresholds, result requirements. */
  @Column({ type: "int" }) settingsVersion: number;
  @CreateDateColumn({ type: "timestamptz" }) createdAt: Date;
}

@Entity("organ")
export class OrganEntity {
  @PrimaryGeneratedColumn("uuid") id: string;
  @Column({ type: "uuid" }) municipalityId: string;
  @Column({ type: "text" }) name: string;
  @Column({ type: "text" }) shortName: string;
  @Column({ type: "text" }) kind: OrganKind;
  /** A deactivated organ keeps its agreements and history, and is offered for nothing new. */
  @Column({ type: "boolean" }) active: boolean;
}

@Entity("app_user")
export class UserEntity {
  @PrimaryGeneratedColumn("uuid") id: string;
  @Column({ type: "uuid" }) municipalityId: string;
  @Column({ type: "text" }) name: string;
  @Column({ type: "text" }) email: string;
  /** Null until the user has set a password through their one-time link (or signs in only through SSO). */
  @Column({ type: "text", select: false, nullable: true }) passwordHash: string | null;
  /** A deactivated user cannot sign in, and their sessions ended when they were deactivated. */
  @Column({ type: "boolean" }) active: boolean;
  @Column({ type: "text" }) language: UserLanguage;
  @Column({ type: "text" }) emailPreference: EmailPreference;
  @Column({ type: "timestamptz", nullable: true }) lastDigestAt: Date | null;
  /** The `sub` the municipality's identity provider gave the user, once matched. */
  @Column({ type: "text", nullable: true }) oidcSubject: string | null;
  @CreateDateColumn({ type: "timestamptz" }) createdAt: Date;
}

@Entity("role_assignment")
export class RoleAssignmentEntity {
  @PrimaryGeneratedColumn("uuid") id: string;
  @Column({ type: "uuid" }) municipalityId: string;
  @Column({ type: "uuid" }) userId: string;
  @Column({ type: "uuid" }) organId: string;
  @Column({ type: "text" }) role: Role;
}

/** The result requirement of one budget year; years without a row use the municipality's own. */
@Entity("result_requirement")
export class ResultRequirementEntity {
  @PrimaryColumn({ type: "uuid" }) municipalityId: string;
  @PrimaryColumn({ type: "int" }) year: number;
  @Column({ type: "text" }) kind: ResultRequirementKind;
  /** Exact decimal string; meaningful for MIN_MARGIN. */
  @Column({ type: "numeric" }) minMarginPercent: string;
}

/** One administrative change: who, what, when, before and after (append-only). */
@Entity("admin_audit")
export class AdminAuditEntity {
  @PrimaryGeneratedColumn("uuid") id: string;
  @Column({ type: "uuid" }) municipalityId: string;
  /** Null for an operator at the command line. */
  @Column({ type: "uuid", nullable: true }) actorId: string | null;
  @CreateDateColumn({ type: "timestamptz" }) at: Date;
  @Column({ type: "text" }) action: string;
  @Column({ type: "text" }) targetType: string;
  @Column({ type: "uuid", nullable: true }) targetId: string | null;
  @Column({ type: "text" }) summary: string;
  @Column({ type: "jsonb", nullable: true }) before: Record<string, unknown> | null;
  @Column({ type: "jsonb", nullable: true }) after: Record<string, unknown> | null;
}
