import { In } from "typeorm";
import { AgreementEntity, SectionEntity } from "../agreements/agreement.entities.js";
import type { Tx } from "../db/database.js";
import { AgreementEventEntity } from "../events/agreement-event.entity.js";
import { MunicipalityEntity, UserEntity } from "../identity/identity.entities.js";
import { Role } from "../identity/identity.model.js";
import { LIST_CAPS, isUuid } from "../validation/input.js";
import { DisputeEntity, DisputePositionEntity } from "./dispute.entities.js";
import {
  BLOCKING_STATUSES,
  DisputeStatus,
  PRIORITY_RANK,
  QUEUE_STATUSES,
  type DisputeLevel,
  type DisputeSubject,
} from "./disputes.model.js";

export interface QueueFilter {
  /** The purchasing committee (or the provider board) of the agreement. */
  organId?: string | null;
  subject?: DisputeSubject | null;
  level?: DisputeLevel | null;
  assigneeId?: string | null;
}

export interface QueueThresholds {
  warnDays: number;
  overdueDays: number;
}

const PRIORITY_ORDER = `CASE d.priority WHEN 'HIGH' THEN ${PRIORITY_RANK.HIGH} WHEN 'NORMAL' THEN ${PRIORITY_RANK.NORMAL} ELSE ${PRIORITY_RANK.LOW} END`;

/**
 * The disputes' SQL. Every change runs under its agreement's row lock, which the command runner
 * takes first: one dispute's steps queue up there, so the dispute row needs no lock of its own.
 */
export class DisputesStore {
  find(tx: Tx, id: string): Promise<DisputeEntity | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return tx.em.findOneBy(DisputeEntity, { id, municipalityId: tx.municipalityId });
  }

  findMany(tx: Tx, ids: string[]): Promise<DisputeEntity[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return tx.em.findBy(DisputeEntity, { id: In(valid), municipalityId: tx.municipalityId });
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

  /** The agreement's decided disputes, in the order they were decided. */
  decided(tx: Tx, agreementId: string): Promise<DisputeEntity[]> {
    return tx.em.find(DisputeEntity, {
      where: { agreementId, municipalityId: tx.municipalityId, status: DisputeStatus.DECIDED },
      order: { decidedAt: "ASC", id: "ASC" },
    });
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
      .addOrderBy("d.id", "ASC")
      .limit(LIST_CAPS.queue);
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

  /** The dispute's steps in the agreement's event log, oldest first. */
  history(tx: Tx, agreementId: string, disputeId: string): Promise<AgreementEventEntity[]> {
    return tx.em
      .getRepository(AgreementEventEntity)
      .createQueryBuilder("e")
      .where("e.agreement_id = :a AND e.municipality_id = :m AND e.data->>'disputeId' = :d", {
        a: agreementId,
        m: tx.municipalityId,
        d: disputeId,
      })
      .orderBy("e.seq", "ASC")
      .getMany();
  }

  /** The active KOMMUNLEDNING users of the municipality, by name: whom a queue item can be assigned to. */
  leadership(tx: Tx): Promise<UserEntity[]> {
    return tx.em
      .getRepository(UserEntity)
      .createQueryBuilder("u")
      .where("u.municipality_id = :m AND u.active", { m: tx.municipalityId })
      .andWhere("EXISTS (SELECT 1 FROM role_assignment r WHERE r.user_id = u.id AND r.municipality_id = :m AND r.role = :role)", {
        role: Role.KOMMUNLEDNING,
      })
      .orderBy("u.name", "ASC")
      .getMany();
  }

  /** A section of `agreementId`, or null (also for another agreement's section). */
  section(tx: Tx, agreementId: string, sectionId: string): Promise<SectionEntity | null> {
    if (!isUuid(sectionId)) return Promise.resolve(null);
    return tx.em.findOneBy(SectionEntity, { id: sectionId, agreementId, municipalityId: tx.municipalityId });
  }

  async sections(tx: Tx, ids: string[]): Promise<Map<string, SectionEntity>> {
    if (ids.length === 0) return new Map();
    return new Map((await tx.em.findBy(SectionEntity, { id: In(ids), municipalityId: tx.municipalityId })).map((s) => [s.id, s]));
  }

  async users(tx: Tx, ids: string[]): Promise<Map<string, UserEntity>> {
    if (ids.length === 0) return new Map();
    return new Map((await tx.em.findBy(UserEntity, { id: In(ids), municipalityId: tx.municipalityId })).map((u) => [u.id, u]));
  }

  async agreements(tx: Tx, ids: string[]): Promise<Map<string, AgreementEntity>> {
    if (ids.length === 0) return new Map();
    return new Map((await tx.em.findBy(AgreementEntity, { id: In(ids), municipalityId: tx.municipalityId })).map((a) => [a.id, a]));
  }

  /** The municipality's age thresholds of the queue, in days. */
  async queueThresholds(tx: Tx): Promise<QueueThresholds> {
    const m = await tx.em.findOneByOrFail(MunicipalityEntity, { id: tx.municipalityId });
    return { warnDays: m.queueWarnDays, overdueDays: m.queueOverdueDays };
  }
}

/** The one store; it keeps no state of its own. */
export const disputesStore = new DisputesStore();
