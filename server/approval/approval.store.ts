import { In } from "typeorm";
import { AgreementEntity } from "../agreements/agreement.entities.js";
import type { AgreementStatus, Party } from "../agreements/agreement.model.js";
import { AgreementEvent } from "../agreements/agreements.events.js";
import type { Tx } from "../db/database.js";
import { UserEntity } from "../identity/identity.entities.js";
import { isUuid } from "../validation/input.js";
import { AgreementVersionEntity, ApprovalEntity, SignatureEntity, type ApprovalDecision, type FrozenContent } from "./approval.entities.js";

export interface RecordedDecision {
  decision: ApprovalDecision;
  meetingDate: string;
  paragraph: string;
  remarks: string | null;
}

/**
 * The approval's SQL: frozen versions, committee decisions, signatures, the agreement's status, and
 * what a tilläggsuppdrag copies. Every write runs under the agreement's row lock (the runner's).
 */
export const approvalStore = {
  latestVersion(tx: Tx, agreementId: string): Promise<AgreementVersionEntity | null> {
    return tx.em.findOne(AgreementVersionEntity, { where: { agreementId, municipalityId: tx.municipalityId }, order: { number: "DESC" } });
  },

  version(tx: Tx, agreementId: string, number: number): Promise<AgreementVersionEntity | null> {
    return tx.em.findOneBy(AgreementVersionEntity, { agreementId, number, municipalityId: tx.municipalityId });
  },

  approvalsOf(tx: Tx, agreementId: string, versionNumber: number): Promise<ApprovalEntity[]> {
    return tx.em.find(ApprovalEntity, { where: { agreementId, versionNumber, municipalityId: tx.municipalityId } });
  },

  signaturesOf(tx: Tx, agreementId: string, versionNumber: number): Promise<SignatureEntity[]> {
    return tx.em.find(SignatureEntity, {
      where: { agreementId, versionNumber, municipalityId: tx.municipalityId },
      order: { signedAt: "ASC" },
    });
  },

  async users(tx: Tx, ids: readonly string[]): Promise<Map<string, UserEntity>> {
    const unique = [...new Set(ids)].filter(isUuid);
    if (unique.length === 0) return new Map();
    return new Map((await tx.em.findBy(UserEntity, { id: In(unique), municipalityId: tx.municipalityId })).map((u) => [u.id, u]));
  },

  /** IN_APPROVAL agreements whose newest version waits for a decision by one of `organIds`, longest waiting first. */
  awaitingDecision(tx: Tx, organIds: readonly string[]): Promise<AgreementEntity[]> {
    if (organIds.length === 0) return Promise.resolve([]);
    return tx.em
      .getRepository(AgreementEntity)
      .createQueryBuilder("a")
      .where("a.municipality_id = :m AND a.status = 'IN_APPROVAL'", { m: tx.municipalityId })
      .andWhere(
        `EXISTS (SELECT 1 FROM approval p WHERE p.agreement_id = a.id AND p.decision IS NULL AND p.organ_id IN (:...organIds)
           AND p.version_number = (SELECT max(number) FROM agreement_version v WHERE v.agreement_id = a.id))`,
        { organIds },
      )
      .orderBy("a.updated_at", "ASC")
      .getMany();
  },

  insertVersion(tx: Tx, version: { agreementId: string; number: number; contentHash: string; content: FrozenContent; createdBy: string }) {
    return tx.em.save(tx.em.create(AgreementVersionEntity, { ...version, municipalityId: tx.municipalityId, createdAt: new Date() }));
  },

  /** A pending decision for each organ on the version. */
  async insertApprovals(tx: Tx, agreementId: string, versionNumber: number, organIds: readonly string[]): Promise<void> {
    for (const organId of organIds)
      await tx.em.insert(ApprovalEntity, { municipalityId: tx.municipalityId, agreementId, versionNumber, organId });
  },

  async recordDecision(tx: Tx, approvalId: string, decision: RecordedDecision, userId: string): Promise<void> {
    await tx.em.update(
      ApprovalEntity,
      { id: approvalId, municipalityId: tx.municipalityId },
      { ...decision, recordedBy: userId, recordedAt: new Date() },
    );
  },

  /** A correction of the minutes' details; the decision itself stays. */
  async correctMinutes(
    tx: Tx,
    approvalId: string,
    minutes: Pick<RecordedDecision, "meetingDate" | "paragraph" | "remarks">,
    userId: string,
  ): Promise<void> {
    await tx.em.update(
      ApprovalEntity,
      { id: approvalId, municipalityId: tx.municipalityId },
      { ...minutes, correctedBy: userId, correctedAt: new Date() },
    );
  },

  async insertSignature(
    tx: Tx,
    signature: { agreementId: string; versionNumber: number; party: Party; userId: string; contentHash: string },
  ): Promise<void> {
    await tx.em.insert(SignatureEntity, { ...signature, municipalityId: tx.municipalityId, signedAt: new Date() });
  },

  /**
   * The hash of the event log's head when `versionNumber` was signed by both: the hash of its second
   * `agreement.signed` event, the last thing that signing appended. It covers every event before it,
   * and events are never changed, so it stays what it was at signing. Null until both have signed.
   */
  async recordHashAtSigning(tx: Tx, agreementId: string, versionNumber: number): Promise<string | null> {
    const rows = (await tx.em.query(
      `SELECT hash FROM agreement_event WHERE agreement_id = $1 AND municipality_id = $2 AND type = $3
          AND (data->>'version')::int = $4 ORDER BY seq DESC LIMIT 2`,
      [agreementId, tx.municipalityId, AgreementEvent.signed.type, versionNumber],
    )) as Array<{ hash: string }>;
    return rows.length === 2 ? rows[0].hash : null;
  },

  /** A lifecycle step; it bumps the version, so a form opened before it is stale. */
  async setStatus(tx: Tx, agreementId: string, status: AgreementStatus): Promise<void> {
    await tx.em.query(
      "UPDATE agreement SET status = $1, version = version + 1, updated_at = now() WHERE id = $2 AND municipality_id = $3",
      [status, agreementId, tx.municipalityId],
    );
  },

  /** Each section's whole Yjs state becomes the snapshot of its twin: the amendment starts where the original ended. */
  async copySections(tx: Tx, fromAgreementId: string, toAgreementId: string): Promise<void> {
    await tx.em.query(
      `INSERT INTO section_update (municipality_id, section_id, seq, update, user_id, origin, node)
       SELECT $3, t.id, row_number() OVER (PARTITION BY t.id ORDER BY u.part, u.seq), u.data, NULL, 'amendment', 'amendment'
         FROM section f JOIN section t ON t.key = f.key AND t.agreement_id = $2
         JOIN LATERAL (
           SELECT 0 AS part, seq, state AS data FROM section_snapshot WHERE section_id = f.id
           UNION ALL
           SELECT 1, seq, update FROM section_update
            WHERE section_id = f.id AND seq > coalesce((SELECT seq FROM section_snapshot WHERE section_id = f.id), 0)
         ) u ON true
        WHERE f.agreement_id = $1 AND f.municipality_id = $3`,
      [fromAgreementId, toAgreementId, tx.municipalityId],
    );
    await tx.em.query(
      `UPDATE section t SET text = f.text, seq = coalesce((SELECT max(seq) FROM section_update WHERE section_id = t.id), 0)
         FROM section f WHERE f.agreement_id = $1 AND t.agreement_id = $2 AND f.key = t.key AND t.municipality_id = $3`,
      [fromAgreementId, toAgreementId, tx.municipalityId],
    );
  },

  /** The balance lines and calculation model, as a new OPEN balance at version 0. */
  async copyBalance(tx: Tx, fromAgreementId: string, toAgreementId: string): Promise<void> {
    await tx.em.query(
      `INSERT INTO balance (agreement_id, municipality_id, model_prior_year_cost, model_volume_change_percent, model_efficiency_percent, model_index_uplift_percent)
       SELECT $2, municipality_id, model_prior_year_cost, model_volume_change_percent, model_efficiency_percent, model_index_uplift_percent
         FROM balance WHERE agreement_id = $1 AND municipality_id = $3`,
      [fromAgreementId, toAgreementId, tx.municipalityId],
    );
    await tx.em.query(
      `INSERT INTO balance_line (municipality_id, agreement_id, kind, position, description, volume, unit, unit_amount, amount)
       SELECT municipality_id, $2, kind, position, description, volume, unit, unit_amount, amount
         FROM balance_line WHERE agreement_id = $1 AND municipality_id = $3`,
      [fromAgreementId, toAgreementId, tx.municipalityId],
    );
  },
};
