import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** One in-app notification for one user. `kind` says what happened; `data` holds what a client needs to phrase it. */
@Entity("notification")
export class NotificationEntity {
  @PrimaryGeneratedColumn("uuid") id: string;
  @Column({ type: "uuid" }) municipalityId: string;
  @Column({ type: "uuid" }) userId: string;
  @Column({ type: "text" }) kind: string;
  /** Swedish text, as the agreement event says it. */
  @Column({ type: "text" }) summary: string;
  @Column({ type: "uuid", nullable: true }) agreementId: string | null;
  @Column({ type: "uuid", nullable: true }) disputeId: string | null;
  @Column({ type: "jsonb" }) data: Record<string, unknown>;
  @Column({ type: "timestamptz" }) createdAt: Date;
  @Column({ type: "timestamptz", nullable: true }) readAt: Date | null;
}
