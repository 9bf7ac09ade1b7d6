import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { AgreementKind, AgreementStatus, SectionStatus } from "./agreement.model.js";

@Entity("agreement")
export class AgreementEntity {
  @PrimaryGeneratedColumn("uuid") id: string;
  @Column({ type: "uuid" }) municipalityId: string;
  @Column({ type: "text" }) diarienummer: string;
  @Column({ type: "text" }) title: string;
  @Column({ type: "text" }) kind: AgreementKind;
  @Column({ type: "text" }) status: AgreementStatus;
  @Column({ type: "uuid" }) purchaserOrganId: string;
  @Column({ type: "uuid" }) providerOrganId: string;
  /** "YYYY-MM-DD"; the pg driver is told to keep dates as strings. */
  @Column({ type: "date" }) periodStart: string;
  @Column({ type: "date" }) periodEnd: string;
  /** Guards concurrent edits of the agreement's own fields. */
  @Column({ type: "int" }) version: number;
  /** The sequence number of the agreement's newest event. */
  @Column({ type: "int" }) lastEventSeq: number;
  /** The hash of the newest event (64 zeros before the first): the head of the chain `appendEvent` extends. */
  @Column({ type: "text" }) lastEventHash: string;
  @Column({ type: "uuid", nullable: true }) parentAgreementId: string | null;
  /** The avtalsansvarig of each side: a user of that side's organ. */
  @Column({ type: "uuid", nullable: true }) purchaserResponsibleId: string | null;
  @Column({ type: "uuid", nullable: true }) providerResponsibleId: string | null;
  /** The purchaser's assessment of the agreement's impact (LOW, MEDIUM, HIGH), with the value its classification. */
  @Column({ type: "text", nullable: true }) impact: string | null;
  @Column({ type: "boolean" }) strategic: boolean;
  @Column({ type: "uuid" }) createdBy: string;
  @CreateDateColumn({ type: "timestamptz" }) createdAt: Date;
  @UpdateDateColumn({ type: "timestamptz" }) updatedAt: Date;
}

@Entity("section")
export class SectionEntity {
  @PrimaryGeneratedColumn("uuid") id: string;
  @Column({ type: "uuid" }) municipalityId: string;
  @Column({ type: "uuid" }) agreementId: string;
  @Column({ type: "text" }) key: string;
  @Column({ type: "text" }) title: string;
  @Column({ type: "boolean" }) required: boolean;
  @Column({ type: "int" }) position: number;
  /** Plain text of the section's rich text, kept current by the co-editing sync. */
  @Column({ type: "text" }) text: string;
  @Column({ type: "int" }) seq: number;
  /** AGREED once both parties marked the same `seq` (section-marks/); locked for edits until reopened. */
  @Column({ type: "text" }) status: SectionStatus;
}

@Entity("section_template")
export class SectionTemplateEntity {
  @PrimaryGeneratedColumn("uuid") id: string;
  @Column({ type: "uuid" }) municipalityId: string;
  @Column({ type: "text" }) key: string;
  @Column({ type: "text" }) title: string;
  @Column({ type: "boolean" }) required: boolean;
  @Column({ type: "int" }) position: number;
}
