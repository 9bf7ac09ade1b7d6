import { In } from "typeorm";
import { AgreementEntity, SectionEntity } from "../agreements/agreement.entities.js";
import type { Tx } from "../db/database.js";
import { columnsOf, entityOf, selectEntities } from "../db/plain-rows.js";
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

/** The row `parts` reads (one per user; the rest repeated on each). */
interface PartsRow {
  warnDays: number;
  overdueDays: number;
  sections: Array<{ id: string; title: string }>;
  positions: Array<Omit<DisputePositionEntity, "at"> & { atMs: number }>;
}

/** What a list of disputes refers to (`parts`). */
export interface DisputeParts {
  positions: Array<DisputePositionEntity & { user: UserEntity | null }>;
  users: Map<string, UserEntity>;
  sections: Map<string, { id: string; title: string }>;
  thresholds: QueueThresholds;
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

  /** An agreement's disputes, newest first (the workspace's list: written out, not built by the ORM). */
  forAgreement(tx: Tx, agreementId: string): Promise<DisputeEntity[]> {
    return selectEntities(
      tx.em,
      DisputeEntity,
      "d",
      (columns) => `SELECT ${columns} FROM dispute d WHERE d.agreement_id = $1 AND d.municipality_id = $2 ORDER BY d.raised_at DESC`,
      [agreementId, tx.municipalityId],
    );
  }

  /**
   * What the disputes refer to, in one statement: the municipality's queue thresholds, the disputes'
   * sections and positions (oldest first), and one row per user the disputes or their positions name.
   * A position's time comes as epoch milliseconds, truncated as pg truncates a timestamp's microseconds.
   */
  async parts(tx: Tx, disputes: DisputeEntity[]): Promise<DisputeParts> {
    const userIds = new Set<string>();
    for (const d of disputes) for (const id of [d.raisedBy, d.assigneeId, d.decidedBy, d.reflectedBy]) if (id) userIds.add(id);
    const sectionIds = [...new Set(disputes.flatMap((d) => (d.sectionId ? [d.sectionId] : [])))];
    const rows = (await tx.em.query(
      `SELECT m.queue_warn_days AS "warnDays", m.queue_overdue_days AS "overdueDays",
              coalesce((SELECT json_agg(json_build_object('id', s.id, 'title', s.title)) FROM section s
                         WHERE s.id = ANY($2::uuid[]) AND s.municipality_id = m.id), '[]'::json) AS sections,
              coalesce((SELECT json_agg(json_build_object('id', p.id, 'municipalityId', p.municipality_id, 'disputeId', p.dispute_id,
                                          'party', p.party, 'userId', p.user_id, 'text', p.text, 'consequence', p.consequence,
                                          'atMs', floor(extract(epoch FROM p.at) * 1000)) ORDER BY p.at ASC, p.id ASC)
                          FROM dispute_position p WHERE p.dispute_id = ANY($4::uuid[]) AND p.municipality_id = m.id), '[]'::json) AS positions,
              ${columnsOf(tx.em, UserEntity, "u", "u_")}
         FROM municipality m
         LEFT JOIN app_user u ON u.municipality_id = m.id
               AND (u.id = ANY($3::uuid[])
                    OR u.id IN (SELECT user_id FROM dispute_position WHERE dispute_id = ANY($4::uuid[]) AND municipality_id = m.id))
        WHERE m.id = $1`,
      [tx.municipalityId, sectionIds, [...userIds], disputes.map((d) => d.id)],
    )) as Array<PartsRow & Record<string, unknown>>;
    if (rows.length === 0) throw new Error("The transaction's municipality is gone");
    const users = new Map<string, UserEntity>();
    for (const row of rows) {
      const user = entityOf(tx.em, UserEntity, row, "u_");
      if (user) users.set(user.id, user);
    }
    const [first] = rows;
    return {
      positions: first.positions.map(({ atMs, ...position }) =>
        Object.assign(new DisputePositionEntity(), position, { at: new Date(atMs), user: users.get(position.userId) ?? null }),
      ),
      users,
      sections: new Map(first.sections.map((section) => [section.id, section])),
      thresholds: { warnDays: first.warnDays, overdueDays: first.overdueDays },
    };
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
