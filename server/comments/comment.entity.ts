import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";

/** A comment on a section; a thread is a top-level comment (anchored to a text range) and its replies. */
@Entity("comment")
export class CommentEntity {
  @PrimaryGeneratedColumn("uuid") id: string;
  @Column({ type: "uuid" }) municipalityId: string;
  @Column({ type: "uuid" }) sectionId: string;
  @Column({ type: "uuid", nullable: true }) parentId: string | null;
  @Column({ type: "uuid" }) authorId: string;
  @Column({ type: "text" }) body: string;
  /** JSON of `Y.relativePositionToJSON` for the range's start; null for replies and section-wide comments. */
  @Column({ type: "text", nullable: true }) anchor: string | null;
  @Column({ type: "text", nullable: true }) anchorEnd: string | null;
  /** The commented text as it read when the comment was made. */
  @Column({ type: "text", nullable: true }) quote: string | null;
  @Column({ type: "boolean" }) resolved: boolean;
  @Column({ type: "uuid", nullable: true }) resolvedBy: string | null;
  @Column({ type: "timestamptz", nullable: true }) resolvedAt: Date | null;
  @CreateDateColumn({ type: "timestamptz" }) createdAt: Date;
}
