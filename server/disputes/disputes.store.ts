import type { AgreementStatus } from "../agreements/agreement.model.js";
import type { Tx } from "../db/database.js";
import { isUuid } from "../db/database.js";
import { In } from "typeorm";
import { DisputeEntity, DisputePositionEntity } from "./dispute.entities.js";
import { BLOCKING_STATUSES, PRIORITY_RANK, QUEUE_STATUSES, type DisputeLevel, type DisputeSubject } from "./disputes.model.js";

export interface QueueFilter {
  /** The purchasing committee (or the provider board) of the agreement. */
  organId?: string | null;
  subject?: DisputeSubject | null;
  level?: DisputeLevel | null;
  assigneeId?: string | null;
}

const PRIORITY_ORDER = `CASE d.priority WHEN 'HIGH' THEN ${PRIORITY_RANK.HIGH} WHEN 'NORMAL' THEN ${PRIORITY_RANK.NORMAL} ELSE ${PRIORITY_RANK.LOW} END`;

/** The disputes' SQL. A step locks the agreement row, then the dispute row, always in that order. */
export class DisputesStore {
  find(tx: Tx, id: string): Promise<DisputeEntity | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return tx.em.findOneBy(DisputeEntity, { id, municipalityId: tx.municipalityId });
  }

  /**
   * Locks the agreement row as appendEvent and the approval's status change do, so a dispute cannot be
   * raised on a draft that is being submitted at the same moment; returns its status.
   */
  async lockAgreement(tx: Tx, agreementId: string): Promise<AgreementStatus | null> {
    const rows = (await tx.em.query("SELECT status FROM agreement WHERE id = $1 AND municipality_id = $2 FOR NO KEY UPDATE", [
      agreementId,
      tx.municipalityId,
    ])) as Array<{ status: AgreementStatus }>;
    return rows[0]?.status ?? null;
  }

  /** The dispute, locked until the transaction ends. */
  lock(tx: Tx, id: string): Promise<DisputeEntity> {
    return tx.em.findOneOrFail(DisputeEntity, { where: { id, municipalityId: tx.municipalityId }, lock: { mode: "pessimistic_write" } });
  }

  async update(tx: Tx, id: string, patch: Partial<DisputeEntity>): Promise<DisputeEntity> {
    await tx.em.update(DisputeEntity, { id, municipalityId: tx.municipalityId }, { ...patch, updatedAt: new Date() });
    return tx.em.findOneByOrFail(DisputeEntity, { id, municipalityId: tx.municipalityId });
  }

  insert(tx: Tx, values: Omit<DisputeEntity, "id">): Promise<DisputeEntity> {
    return tx.em.save(tx.em.create(DisputeEntity, values));
  }

  addPosition(tx: Tx, values: Omit<DisputePositionEntity, "id" | "municipalityId" | "at">): Promise<DisputePositionEntity> {
    return tx.em.save(tx.em.create(DisputePositionEntity, { ...values, municipalityId: tx.municipalityId, at: new Date() }));
  }

  positions(tx: Tx, disputeIds: string[]): Promise<DisputePositionEntity[]> {
    if (disputeIds.length === 0) return Promise.resolve([]);
    return tx.em.find(DisputePositionEntity, {
      where: { disputeId: In(disputeIds), municipalityId: tx.municipalityId },
      order: { at: "ASC", id: "ASC" },
    });
  }

  forAgreement(tx: Tx, agreementId: string): Promise<DisputeEntity[]> {
    return tx.em.find(DisputeEntity, { where: { agreementId, municipalityId: tx.municipalityId }, order: { raisedAt: "DESC" } });
  }

  async countBlocking(tx: Tx, agreementId: string): Promise<number> {
    const [row] = (await tx.em.query(
      "SELECT count(*)::int AS n FROM dispute WHERE agreement_id = $1 AND municipality_id = $2 AND status = ANY($3)",
      [agreementId, tx.municipalityId, BLOCKING_STATUSES],
    )) as Array<{ n: number }>;
    return row.n;
  }

  /** Kommunledning's queue: highest priority first, then longest in the queue. */
  queue(tx: Tx, filter: QueueFilter): Promise<DisputeEntity[]> {
    const query = tx.em
      .getRepository(DisputeEntity)
      .createQueryBuilder("d")
      .innerJoin("agreement", "a", "a.id = d.agreement_id AND a.municipality_id = d.municipality_id")
      .where("d.municipality_id = :m AND d.status IN (:...statuses)", { m: tx.municipalityId, statuses: QUEUE_STATUSES })
      .orderBy(PRIORITY_ORDER, "ASC")
      .addOrderBy("d.escalated_at", "ASC")
      .addOrderBy("d.id", "ASC");
    if (filter.organId) {
      if (!isUuid(filter.organId)) return Promise.resolve([]);
      query.andWhere("(a.purchaser_organ_id = :organ OR a.provider_organ_id = :organ)", { organ: filter.organId });
    }
    if (filter.subject) query.andWhere("d.subject = :subject", { subject: filter.subject });
    if (filter.level) query.andWhere("d.level = :level", { level: filter.level });
    if (filter.assigneeId) {
      if (!isUuid(filter.assigneeId)) return Promise.resolve([]);
      query.andWhere("d.assignee_id = :assignee", { assignee: filter.assigneeId });
    }
    return query.getMany();
  }
}
