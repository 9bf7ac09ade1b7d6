import { In } from "typeorm";
import { SectionEntity } from "../agreements/agreement.entities.js";
import { SectionStatus, type Party } from "../agreements/agreement.model.js";
import type { Tx } from "../db/database.js";
import { selectEntities } from "../db/plain-rows.js";
import { UserEntity } from "../identity/identity.entities.js";
import { isUuid } from "../validation/input.js";
import { SectionMarkEntity } from "./section-marks.entities.js";

/** A mark with the user who made it. */
export type MarkWithUser = SectionMarkEntity & { user: UserEntity };

/** The rows of agreed clauses: a section's status and its parties' marks. */
export const sectionMarksStore = {
  section(tx: Tx, sectionId: string): Promise<SectionEntity | null> {
    if (!isUuid(sectionId)) return Promise.resolve(null);
    return tx.em.findOneBy(SectionEntity, { id: sectionId, municipalityId: tx.municipalityId });
  },

  /** The sections of an agreement, in template order. */
  sections(tx: Tx, agreementId: string): Promise<SectionEntity[]> {
    return tx.em.find(SectionEntity, { where: { agreementId, municipalityId: tx.municipalityId }, order: { position: "ASC" } });
  },

  /** Every stored mark of the sections, also those on an older seq (which no longer count). */
  marks(tx: Tx, sectionIds: readonly string[]): Promise<SectionMarkEntity[]> {
    if (sectionIds.length === 0) return Promise.resolve([]);
    return tx.em.findBy(SectionMarkEntity, { sectionId: In([...sectionIds]), municipalityId: tx.municipalityId });
  },

  /** Every stored mark of every section of the agreement, in one statement (not its sections first, then their marks). */
  marksOfAgreement(tx: Tx, agreementId: string): Promise<SectionMarkEntity[]> {
    return selectEntities(
      tx.em,
      SectionMarkEntity,
      "m",
      (columns) => `SELECT ${columns} FROM section_mark m
        WHERE m.municipality_id = $1 AND m.section_id IN (SELECT s.id FROM section s WHERE s.agreement_id = $2 AND s.municipality_id = $1)`,
      [tx.municipalityId, agreementId],
    );
  },

  /** The marks with the users who made them (a second statement only when there are marks). */
  async withUsers(tx: Tx, marks: SectionMarkEntity[]): Promise<MarkWithUser[]> {
    if (marks.length === 0) return [];
    const users = await tx.em.findBy(UserEntity, { id: In(marks.map((m) => m.userId)), municipalityId: tx.municipalityId });
    return marks.map((m) => Object.assign(m, { user: users.find((u) => u.id === m.userId)! }));
  },

  /** Sets the party's mark on `seq`, replacing an older one of the same party. */
  async mark(tx: Tx, sectionId: string, party: Party, userId: string, seq: number): Promise<void> {
    await tx.em.query(
      `INSERT INTO section_mark (section_id, party, municipality_id, user_id, seq, at) VALUES ($1, $2, $3, $4, $5, now())
       ON CONFLICT (municipality_id, section_id, party) DO UPDATE SET user_id = EXCLUDED.user_id, seq = EXCLUDED.seq, at = EXCLUDED.at`,
      [sectionId, party, tx.municipalityId, userId, seq],
    );
  },

  async setStatus(tx: Tx, sectionId: string, status: SectionStatus): Promise<void> {
    await tx.em.update(SectionEntity, { id: sectionId, municipalityId: tx.municipalityId }, { status });
  },

  /** Removes the section's marks (all, or only those older than `belowSeq`); returns the parties whose mark went. */
  async clear(tx: Tx, sectionId: string, belowSeq?: number): Promise<Party[]> {
    const [rows] = (await tx.em.query(
      `DELETE FROM section_mark WHERE section_id = $1 AND municipality_id = $2 AND ($3::int IS NULL OR seq < $3) RETURNING party`,
      [sectionId, tx.municipalityId, belowSeq ?? null],
    )) as [Array<{ party: Party }>, number];
    return rows.map((r) => r.party).sort();
  },

  /** Makes the section OPEN and removes its marks; returns the parties whose mark went. */
  async reopen(tx: Tx, sectionId: string): Promise<Party[]> {
    await this.setStatus(tx, sectionId, SectionStatus.OPEN);
    return this.clear(tx, sectionId);
  },
};
