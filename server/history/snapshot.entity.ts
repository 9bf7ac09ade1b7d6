import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import type { LineValues } from "../balance/balance.model.js";

/** The balance as a version keeps it (the `balance` JSON of a snapshot). */
export interface KeptBalance {
  version: number;
  status: string;
  lines: LineValues[];
  totals: { cost: string; compensation: string };
}

/** A named version of an agreement: immutable once written (a trigger refuses updates). */
@Entity("agreement_snapshot")
export class AgreementSnapshotEntity {
  @PrimaryGeneratedColumn("uuid") id: string;
  @Column({ type: "uuid" }) municipalityId: string;
  @Column({ type: "uuid" }) agreementId: string;
  /** Running per agreement, from 1. */
  @Column({ type: "int" }) number: number;
  @Column({ type: "text" }) name: string;
  /** The balance's version, status, lines and totals as they were; null without a balance capability. */
  @Column({ type: "jsonb", nullable: true }) balance: KeptBalance | null;
  @Column({ type: "uuid" }) createdBy: string;
  @CreateDateColumn({ type: "timestamptz" }) createdAt: Date;
}

/** One section of a version: its whole Yjs state (never leaves the server) and its plain text. */
@Entity("agreement_snapshot_section")
export class AgreementSnapshotSectionEntity {
  @PrimaryColumn({ type: "uuid" }) snapshotId: string;
  @PrimaryColumn({ type: "uuid" }) sectionId: string;
  @Column({ type: "uuid" }) municipalityId: string;
  @Column({ type: "text" }) sectionKey: string;
  @Column({ type: "text" }) title: string;
  @Column({ type: "int" }) position: number;
  @Column({ type: "bytea" }) state: Buffer;
  @Column({ type: "text" }) text: string;
}
