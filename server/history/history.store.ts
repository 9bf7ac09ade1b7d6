import { SectionEntity } from "../agreements/agreement.entities.js";
import type { Tx } from "../db/database.js";
import { isUuid } from "../validation/input.js";
import { AgreementSnapshotEntity, AgreementSnapshotSectionEntity, type KeptBalance } from "./snapshot.entity.js";

export interface NewVersion {
  agreementId: string;
  number: number;
  name: string;
  balance: KeptBalance | null;
  createdBy: string;
}

/** One section of a new version, as `AgreementSnapshotSectionEntity` keeps it (without the version's id). */
export type NewVersionSection = Omit<AgreementSnapshotSectionEntity, "snapshotId" | "municipalityId">;

/** The named versions' SQL. Versions are immutable once written (a trigger refuses updates). */
export const historyStore = {
  /** The agreement's sections, in their order. */
  sections(tx: Tx, agreementId: string): Promise<SectionEntity[]> {
    if (!isUuid(agreementId)) return Promise.resolve([]);
    return tx.em.find(SectionEntity, { where: { agreementId, municipalityId: tx.municipalityId }, order: { position: "ASC" } });
  },

  /** Newest first. */
  versions(tx: Tx, agreementId: string): Promise<AgreementSnapshotEntity[]> {
    return tx.em.find(AgreementSnapshotEntity, { where: { agreementId, municipalityId: tx.municipalityId }, order: { number: "DESC" } });
  },

  version(tx: Tx, id: string): Promise<AgreementSnapshotEntity | null> {
    return isUuid(id) ? tx.em.findOneBy(AgreementSnapshotEntity, { id, municipalityId: tx.municipalityId }) : Promise.resolve(null);
  },

  /** The next number of the agreement's versions; run under the agreement's lock, so no two get the same. */
  async nextNumber(tx: Tx, agreementId: string): Promise<number> {
    const [{ next }] = (await tx.em.query(
      "SELECT coalesce(max(number), 0) + 1 AS next FROM agreement_snapshot WHERE agreement_id = $1 AND municipality_id = $2",
      [agreementId, tx.municipalityId],
    )) as Array<{ next: number }>;
    return next;
  },

  async insert(tx: Tx, version: NewVersion, sections: NewVersionSection[]): Promise<AgreementSnapshotEntity> {
    const saved = await tx.em.save(tx.em.create(AgreementSnapshotEntity, { ...version, municipalityId: tx.municipalityId }));
    await tx.em.insert(
      AgreementSnapshotSectionEntity,
      sections.map((section) => ({ ...section, snapshotId: saved.id, municipalityId: tx.municipalityId })),
    );
    return saved;
  },

  /** Every section of a version with its whole Yjs state. */
  sectionStates(tx: Tx, versionId: string): Promise<AgreementSnapshotSectionEntity[]> {
    return tx.em.find(AgreementSnapshotSectionEntity, { where: { snapshotId: versionId, municipalityId: tx.municipalityId } });
  },

  sectionTexts(tx: Tx, versionId: string): Promise<Array<Pick<AgreementSnapshotSectionEntity, "sectionId" | "text">>> {
    return tx.em.find(AgreementSnapshotSectionEntity, {
      select: { sectionId: true, text: true },
      where: { snapshotId: versionId, municipalityId: tx.municipalityId },
    });
  },
};
