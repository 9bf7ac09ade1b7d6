import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import type { Party } from "../agreements/agreement.model.js";

export enum ApprovalDecision {
  APPROVED = "APPROVED",
  RETURNED = "RETURNED",
}

@Entity("agreement_version")
export class AgreementVersionEntity {
  @PrimaryGeneratedColumn("uuid") id: string;
  @Column({ type: "uuid" }) municipalityId: string;
  @Column({ type: "uuid" }) agreementId: string;
  @Column({ type: "int" }) number: number;
  @Column({ type: "text" }) contentHash: string;
  /** The canonical content that was hashed: section texts with structure, balance, parties, period. */
  @Column({ type: "jsonb" }) content: FrozenContent;
  @Column({ type: "uuid" }) createdBy: string;
  @Column({ type: "timestamptz" }) createdAt: Date;
}

@Entity("approval")
export class ApprovalEntity {
  @PrimaryGeneratedColumn("uuid") id: string;
  @Column({ type: "uuid" }) municipalityId: string;
  @Column({ type: "uuid" }) agreementId: string;
  @Column({ type: "int" }) versionNumber: number;
  @Column({ type: "uuid" }) organId: string;
  @Column({ type: "text", nullable: true }) decision: ApprovalDecision | null;
  @Column({ type: "date", nullable: true }) meetingDate: string | null;
  @Column({ type: "text", nullable: true }) paragraph: string | null;
  @Column({ type: "text", nullable: true }) remarks: string | null;
  @Column({ type: "uuid", nullable: true }) recordedBy: string | null;
  @Column({ type: "timestamptz", nullable: true }) recordedAt: Date | null;
  /** The secretary's latest correction of meeting date, paragraph or remarks (the old values are in the event log). */
  @Column({ type: "uuid", nullable: true }) correctedBy: string | null;
  @Column({ type: "timestamptz", nullable: true }) correctedAt: Date | null;
}

@Entity("signature")
export class SignatureEntity {
  @PrimaryGeneratedColumn("uuid") id: string;
  @Column({ type: "uuid" }) municipalityId: string;
  @Column({ type: "uuid" }) agreementId: string;
  @Column({ type: "int" }) versionNumber: number;
  @Column({ type: "text" }) party: Party;
  @Column({ type: "uuid" }) userId: string;
  @Column({ type: "text" }) contentHash: string;
  @Column({ type: "timestamptz" }) signedAt: Date;
}

/** What a frozen version holds (and what its hash covers). */
export interface FrozenContent {
  agreement: {
    id: string;
    diarienummer: string;
    kind: string;
    title: string;
    purchaser: { id: string; name: string; shortName: string };
    provider: { id: string; name: string; shortName: string };
    periodStart: string;
    periodEnd: string;
  };
  sections: Array<{ key: string; title: string; required: boolean; text: string; content: unknown }>;
  balance: {
    status: string;
    lines: Array<{
      kind: string;
      description: string;
      volume: string | null;
      unit: string | null;
      unitAmount: string | null;
      amount: string;
    }>;
    totals: Record<string, unknown>;
    /**
     * The förvaltningschefer's marks "balansen håller" when it was frozen, with the reason a mark gives
     * for a balance that misses the result requirement. Absent in versions frozen before issue 12.
     */
    marks?: FrozenBalanceMark[];
  };
  /** Every decided dispute of the agreement when it was frozen, oldest first. Absent in versions frozen before issue 12. */
  decisions?: FrozenDecision[];
  /** The follow-up's indicators, in their order. Absent in versions frozen before issue 13. */
  indicators?: FrozenIndicator[];
}

/** An indicator as signed: its section by key and its scope line by position, as the frozen sections and lines name them. */
export interface FrozenIndicator {
  name: string;
  unit: string;
  direction: string;
  /** Exact decimals. */
  target: string;
  warnAt: string | null;
  frequency: string;
  sectionKey: string | null;
  balanceLine: { position: number; description: string } | null;
}

export interface FrozenBalanceMark {
  party: Party;
  userName: string;
  version: number;
  /** ISO 8601. */
  at: string;
  reason: string | null;
}

/** A decision as frozen: where it applies (a section, or the balance when `section` is null), its text and minutes. */
export interface FrozenDecision {
  subject: string;
  section: { key: string; title: string } | null;
  /** TJANSTEMANNA or POLITISK. */
  level: string;
  /** Political level: KOMMUNSTYRELSE or KOMMUNFULLMAKTIGE. */
  body: string | null;
  text: string;
  /** e.g. "KS 2026-12-03 § 145". */
  reference: string | null;
  meetingDate: string | null;
  paragraph: string | null;
  /** ISO 8601. */
  decidedAt: string;
}
