import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** One state change of an agreement, written in the same transaction as the change, and never changed. */
@Entity("agreement_event")
export class AgreementEventEntity {
  @PrimaryGeneratedColumn({ type: "bigint" }) id: string;
  @Column({ type: "uuid" }) municipalityId: string;
  @Column({ type: "uuid" }) agreementId: string;
  /** Per agreement, gapless, in commit order. */
  @Column({ type: "int" }) seq: number;
  @Column({ type: "text" }) type: string;
  @Column({ type: "uuid", nullable: true }) actorId: string | null;
  @Column({ type: "text" }) summary: string;
  @Column({ type: "jsonb" }) data: Record<string, unknown>;
  @Column({ type: "timestamptz" }) at: Date;
  /** The hash of the agreement's previous event (64 zeros for the first): the link (`event-chain.ts`). */
  @Column({ type: "text" }) prevHash: string;
  /** SHA-256 of this event's content with `prevHash`. The table refuses UPDATE and DELETE. */
  @Column({ type: "text" }) hash: string;
}
