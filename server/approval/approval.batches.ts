import { AgreementEvent } from "../agreements/agreements.events.js";
import type { Tx } from "../db/database.js";
import { byAgreement } from "../db/by-agreement.js";
import { AgreementVersionEntity, ApprovalEntity, SignatureEntity } from "./approval.entities.js";

/** Of each agreement's newest version: its number is the greatest of the agreement's. */
const OF_NEWEST_VERSION = `x.versionNumber = (SELECT max(v.number) FROM agreement_version v
  WHERE v.municipality_id = x.municipality_id AND v.agreement_id = x.agreement_id)`;

/**
 * The lifecycle's reads for every agreement of a list at once (`perAgreement`), one statement each:
 * the newest version, its decisions and signatures, and the record's hash.
 */
export const approvalBatches = {
  async latestVersions(tx: Tx, agreementIds: string[]): Promise<Map<string, AgreementVersionEntity>> {
    const versions = await tx.em
      .createQueryBuilder(AgreementVersionEntity, "v")
      .distinctOn(["v.agreement_id"])
      .where("v.municipalityId = :m AND v.agreementId = ANY(:ids)", { m: tx.municipalityId, ids: agreementIds })
      .orderBy("v.agreement_id")
      .addOrderBy("v.number", "DESC")
      .getMany();
    return new Map(versions.map((v) => [v.agreementId, v]));
  },

  async approvals(tx: Tx, agreementIds: string[]): Promise<Map<string, ApprovalEntity[]>> {
    const approvals = await tx.em
      .createQueryBuilder(ApprovalEntity, "x")
      .where("x.municipalityId = :m AND x.agreementId = ANY(:ids)", { m: tx.municipalityId, ids: agreementIds })
      .andWhere(OF_NEWEST_VERSION)
      .getMany();
    return byAgreement(agreementIds, approvals);
  },

  async signatures(tx: Tx, agreementIds: string[]): Promise<Map<string, SignatureEntity[]>> {
    const signatures = await tx.em
      .createQueryBuilder(SignatureEntity, "x")
      .where("x.municipalityId = :m AND x.agreementId = ANY(:ids)", { m: tx.municipalityId, ids: agreementIds })
      .andWhere(OF_NEWEST_VERSION)
      .orderBy("x.signedAt", "ASC")
      .getMany();
    return byAgreement(agreementIds, signatures);
  },

  /** As `approvalStore.recordHashAtSigning` of each newest version: the later of its two signatures' events. */
  async recordHashes(tx: Tx, agreementIds: string[]): Promise<Map<string, string | null>> {
    const rows = (await tx.em.query(
      `SELECT s."agreementId", s.hash, s.n FROM (
         SELECT e.agreement_id AS "agreementId", e.hash, row_number() OVER (PARTITION BY e.agreement_id ORDER BY e.seq DESC) AS n
           FROM agreement_event e
           JOIN (SELECT agreement_id, max(number) AS number FROM agreement_version
                  WHERE municipality_id = $1 AND agreement_id = ANY($2) GROUP BY agreement_id) v ON v.agreement_id = e.agreement_id
          WHERE e.municipality_id = $1 AND e.agreement_id = ANY($2) AND e.type = $3 AND (e.data->>'version')::int = v.number) s
        WHERE s.n <= 2`,
      [tx.municipalityId, agreementIds, AgreementEvent.signed.type],
    )) as Array<{ agreementId: string; hash: string; n: string }>;
    const hashes = new Map<string, string | null>(agreementIds.map((id) => [id, null]));
    for (const id of agreementIds) {
      const mine = rows.filter((row) => row.agreementId === id);
      if (mine.length === 2) hashes.set(id, mine.find((row) => Number(row.n) === 1)!.hash);
    }
    return hashes;
  },
};
