import { AgreementEvent } from "../agreements/agreements.events.js";
import type { Tx } from "../db/database.js";
import { AgreementVersionEntity, ApprovalEntity, SignatureEntity } from "./approval.entities.js";

/** An agreement's newest version with its decisions and signatures (none of either before a submission). */
export interface LifecycleRecords {
  version: AgreementVersionEntity | null;
  approvals: ApprovalEntity[];
  signatures: SignatureEntity[];
}

interface RecordsRow {
  agreementId: string;
  version: (Omit<AgreementVersionEntity, "createdAt"> & { createdAt: string }) | null;
  approvals: Array<Omit<ApprovalEntity, "recordedAt" | "correctedAt"> & { recordedAt: string | null; correctedAt: string | null }>;
  signatures: Array<Omit<SignatureEntity, "signedAt"> & { signedAt: string }>;
}

const date = (value: string | null) => (value === null ? null : new Date(value));

/**
 * The lifecycle's reads for every agreement of a list at once (`perAgreement`), one statement each:
 * the newest version with its decisions and signatures, and the record's hash.
 */
export const approvalBatches = {
  /**
   * The newest version, its decisions and its signatures together, in one statement: the approval
   * panel shows all three, and three statements were three round trips of its one transaction. The rows
   * come as JSON (`date` columns as their text, as the entities hold them; times parsed here).
   */
  async records(tx: Tx, agreementIds: string[]): Promise<Map<string, LifecycleRecords>> {
    const rows = (await tx.em.query(
      `SELECT a.id AS "agreementId", to_json(v) AS version,
              coalesce((SELECT json_agg(json_build_object(
                  'id', x.id, 'municipalityId', x.municipality_id, 'agreementId', x.agreement_id, 'versionNumber', x.version_number,
                  'organId', x.organ_id, 'decision', x.decision, 'meetingDate', x.meeting_date, 'paragraph', x.paragraph,
                  'remarks', x.remarks, 'recordedBy', x.recorded_by, 'recordedAt', x.recorded_at, 'correctedBy', x.corrected_by,
                  'correctedAt', x.corrected_at))
                 FROM approval x WHERE x.municipality_id = $1 AND x.agreement_id = a.id AND x.version_number = v.number), '[]') AS approvals,
              coalesce((SELECT json_agg(json_build_object(
                  'id', x.id, 'municipalityId', x.municipality_id, 'agreementId', x.agreement_id, 'versionNumber', x.version_number,
                  'party', x.party, 'userId', x.user_id, 'contentHash', x.content_hash, 'signedAt', x.signed_at) ORDER BY x.signed_at)
                 FROM signature x WHERE x.municipality_id = $1 AND x.agreement_id = a.id AND x.version_number = v.number), '[]') AS signatures
         FROM unnest($2::uuid[]) AS a(id)
         LEFT JOIN LATERAL (
           SELECT v.id, v.municipality_id AS "municipalityId", v.agreement_id AS "agreementId", v.number,
                  v.content_hash AS "contentHash", v.content, v.created_by AS "createdBy", v.created_at AS "createdAt"
             FROM agreement_version v WHERE v.municipality_id = $1 AND v.agreement_id = a.id ORDER BY v.number DESC LIMIT 1
         ) v ON true`,
      [tx.municipalityId, agreementIds],
    )) as RecordsRow[];
    return new Map(
      rows.map((row) => [
        row.agreementId,
        {
          version: row.version && { ...row.version, createdAt: new Date(row.version.createdAt) },
          approvals: row.approvals.map((a) => ({ ...a, recordedAt: date(a.recordedAt), correctedAt: date(a.correctedAt) })),
          signatures: row.signatures.map((s) => ({ ...s, signedAt: new Date(s.signedAt) })),
        },
      ]),
    );
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
