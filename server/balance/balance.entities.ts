import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import type { Party } from "../agreements/agreement.model.js";
import type { BalanceLineKind, BalanceStatus, ProposalStatus, StoredChange } from "./balance.model.js";

/*
 * Money and other exact numbers are `numeric` columns that stay strings here (the pg driver returns
 * numeric as text); they become decimals only in money.ts. Writes that change the balance go through
 * guarded SQL in balance.service.ts, never through `save()` (STACK.md trap 12).
 */

/** One balance per agreement: its version guards every change. Created on the first change. */
@Entity("balance")
export class BalanceEntity {
  @PrimaryColumn({ type: "uuid" }) agreementId: string;
  @Column({ type: "uuid" }) municipalityId: string;
  @Column({ type: "int" }) version: number;
  @Column({ type: "text" }) status: BalanceStatus;
  /** The calculation model's inputs (Linköping); all null until someone fills it in. */
  @Column({ type: "numeric", nullable: true }) modelPriorYearCost: string | null;
  @Column({ type: "numeric", nullable: true }) modelVolumeChangePercent: string | null;
  @Column({ type: "numeric", nullable: true }) modelEfficiencyPercent: string | null;
  @Column({ type: "numeric", nullable: true }) modelIndexUpliftPercent: string | null;
  @Column({ type: "timestamptz" }) updatedAt: Date;
}

@Entity("balance_line")
export class BalanceLineEntity {
  @PrimaryGeneratedColumn("uuid") id: string;
  @Column({ type: "uuid" }) municipalityId: string;
  @Column({ type: "uuid" }) agreementId: string;
  @Column({ type: "text" }) kind: BalanceLineKind;
  @Column({ type: "int" }) position: number;
  @Column({ type: "text" }) description: string;
  @Column({ type: "numeric", nullable: true }) volume: string | null;
  @Column({ type: "text", nullable: true }) unit: string | null;
  @Column({ type: "numeric", nullable: true }) unitAmount: string | null;
  /** volume × unitAmount rounded to öre, or a fixed amount (RESOURCE). */
  @Column({ type: "numeric" }) amount: string;
}

/** A bundle of line changes one party offers the other: the negotiation log. */
@Entity("balance_proposal")
export class BalanceProposalEntity {
  @PrimaryGeneratedColumn("uuid") id: string;
  @Column({ type: "uuid" }) municipalityId: string;
  @Column({ type: "uuid" }) agreementId: string;
  @Column({ type: "text" }) party: Party;
  @Column({ type: "uuid" }) proposedBy: string;
  @Column({ type: "text" }) message: string;
  @Column({ type: "jsonb" }) changes: StoredChange[];
  /** The balance version the changes were made against; accepting needs it to be current. */
  @Column({ type: "int" }) baseVersion: number;
  @Column({ type: "text" }) status: ProposalStatus;
  /** The proposal this one counters (and so superseded). */
  @Column({ type: "uuid", nullable: true }) counterTo: string | null;
  @Column({ type: "uuid", nullable: true }) respondedBy: string | null;
  @Column({ type: "text", nullable: true }) responseMessage: string | null;
  @Column({ type: "timestamptz", nullable: true }) respondedAt: Date | null;
  /** The balance version accepting it produced. */
  @Column({ type: "int", nullable: true }) appliedVersion: number | null;
  @Column({ type: "timestamptz" }) createdAt: Date;
}

/** A förvaltningschef's "balansen håller" on one exact version; one per party. */
@Entity("balance_mark")
export class BalanceMarkEntity {
  @PrimaryColumn({ type: "uuid" }) agreementId: string;
  @PrimaryColumn({ type: "text" }) party: Party;
  @Column({ type: "uuid" }) municipalityId: string;
  @Column({ type: "uuid" }) userId: string;
  @Column({ type: "int" }) version: number;
  @Column({ type: "timestamptz" }) at: Date;
  /** Why the balance holds although it misses the result requirement (required then, else optional). */
  @Column({ type: "text", nullable: true }) reason: string | null;
}
