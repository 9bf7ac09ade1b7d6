import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** One state change of an agreement, written in the same transaction as the change. */
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
}
