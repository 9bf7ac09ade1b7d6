import { In } from "typeorm";
import { SectionEntity } from "../agreements/agreement.entities.js";
import { BalanceLineEntity } from "../balance/balance.entities.js";
import { BalanceLineKind } from "../balance/balance.model.js";
import type { Tx } from "../db/database.js";
import { MunicipalityEntity } from "../identity/identity.entities.js";
import {
  FollowUpPeriodEntity,
  FollowUpPeriodStatus,
  IndicatorEntity,
  IndicatorReportEntity,
  ScopeReportEntity,
} from "./follow-up.entities.js";
import type { IndicatorValues } from "./follow-up.model.js";
import { isUuid } from "../validation/input.js";
import type { IndicatorStatus } from "./indicator-status.js";
import { actionPlansStore } from "./action-plans.store.js";
import { byId } from "./row-by-id.js";

const columns = (v: IndicatorValues) => [
  v.sectionId,
  v.balanceLineId,
  v.name,
  v.unit,
  v.direction,
  v.target.toFixed(),
  v.warnAt?.toFixed() ?? null,
  v.frequency,
];

/**
 * The follow-up's SQL, in the transaction's municipality (row-level security). Every write runs under the
 * agreement's row lock, which the command runner takes first; versioned rows change only through the
 * guarded statements here (`… WHERE version = $n`), never through `save()` of a stale entity.
 */
export const followUpStore = {
  // --- indicators

  indicator: (tx: Tx, id: string) => byId(tx, IndicatorEntity, id),

  indicators(tx: Tx, agreementIds: readonly string[]): Promise<IndicatorEntity[]> {
    if (agreementIds.length === 0) return Promise.resolve([]);
    return tx.em.find(IndicatorEntity, {
      where: { agreementId: In([...agreementIds]), municipalityId: tx.municipalityId },
      order: { position: "ASC" },
    });
  },

  count: (tx: Tx, agreementId: string) => tx.em.countBy(IndicatorEntity, { agreementId, municipalityId: tx.municipalityId }),

  async insertIndicator(tx: Tx, agreementId: string, values: IndicatorValues, createdBy: string): Promise<IndicatorEntity> {
    const [{ id }] = (await tx.em.query(
      `INSERT INTO indicator (municipality_id, agreement_id, position, section_id, balance_line_id, name, unit, direction, target, warn_at, frequency, created_by)
       SELECT $1, $2, coalesce(max(position), 0) + 1, $3, $4, $5, $6, $7, $8, $9, $10, $11 FROM indicator WHERE agreement_id = $2
       RETURNING id`,
      [tx.municipalityId, agreementId, ...columns(values), createdBy],
    )) as Array<{ id: string }>;
    return (await this.indicator(tx, id))!;
  },

  /** The new version, or null when `expected` is stale. */
  async updateIndicator(tx: Tx, id: string, expected: number, values: IndicatorValues): Promise<number | null> {
    const [rows] = (await tx.em.query(
      `UPDATE indicator SET section_id = $3, balance_line_id = $4, name = $5, unit = $6, direction = $7, target = $8, warn_at = $9,
              frequency = $10, version = version + 1
        WHERE id = $1 AND version = $2 RETURNING version`,
      [id, expected, ...columns(values)],
    )) as [Array<{ version: number }>, number];
    return rows[0]?.version ?? null;
  },

  async deleteIndicator(tx: Tx, id: string, expected: number): Promise<boolean> {
    const [, count] = (await tx.em.query(`DELETE FROM indicator WHERE id = $1 AND version = $2`, [id, expected])) as [unknown, number];
    return count === 1;
  },

  section(tx: Tx, agreementId: string, sectionId: string): Promise<SectionEntity | null> {
    if (!isUuid(sectionId)) return Promise.resolve(null);
    return tx.em.findOneBy(SectionEntity, { id: sectionId, agreementId, municipalityId: tx.municipalityId });
  },

  sections(tx: Tx, agreementId: string): Promise<SectionEntity[]> {
    return tx.em.find(SectionEntity, { where: { agreementId, municipalityId: tx.municipalityId }, order: { position: "ASC" } });
  },

  scopeLine(tx: Tx, agreementId: string, lineId: string): Promise<BalanceLineEntity | null> {
    if (!isUuid(lineId)) return Promise.resolve(null);
    return tx.em.findOneBy(BalanceLineEntity, { id: lineId, agreementId, kind: BalanceLineKind.SCOPE, municipalityId: tx.municipalityId });
  },

  scopeLines(tx: Tx, agreementId: string): Promise<BalanceLineEntity[]> {
    return tx.em.find(BalanceLineEntity, {
      where: { agreementId, kind: BalanceLineKind.SCOPE, municipalityId: tx.municipalityId },
      order: { position: "ASC" },
    });
  },

  /** A tilläggsuppdrag's copy: sections matched by key, scope lines by position (copied as they were). */
  async copyIndicators(tx: Tx, fromAgreementId: string, toAgreementId: string, createdBy: string): Promise<void> {
    await tx.em.query(
      `INSERT INTO indicator (municipality_id, agreement_id, position, section_id, balance_line_id, name, unit, direction, target, warn_at, frequency, created_by)
       SELECT i.municipality_id, $2, i.position, ts.id, tl.id, i.name, i.unit, i.direction, i.target, i.warn_at, i.frequency, $3
         FROM indicator i
         LEFT JOIN section fs ON fs.id = i.section_id
         LEFT JOIN section ts ON ts.agreement_id = $2 AND ts.key = fs.key
         LEFT JOIN balance_line fl ON fl.id = i.balance_line_id
         LEFT JOIN balance_line tl ON tl.agreement_id = $2 AND tl.position = fl.position AND tl.kind = fl.kind
        WHERE i.agreement_id = $1`,
      [fromAgreementId, toAgreementId, createdBy],
    );
  },

  // --- periods

  period(tx: Tx, agreementId: string, key: string): Promise<FollowUpPeriodEntity | null> {
    return tx.em.findOneBy(FollowUpPeriodEntity, { agreementId, period: key, municipalityId: tx.municipalityId });
  },

  periods: (tx: Tx, agreementId: string) => tx.em.findBy(FollowUpPeriodEntity, { agreementId, municipalityId: tx.municipalityId }),

  /** The period's row, created REPORTED when missing; a RETURNED one is reported again. Whether it was returned. */
  async reportPeriod(tx: Tx, agreementId: string, key: string): Promise<{ reopened: boolean }> {
    const [row] = (await tx.em.query(
      `INSERT INTO follow_up_period (municipality_id, agreement_id, period) VALUES ($1, $2, $3)
       ON CONFLICT (municipality_id, agreement_id, period) DO UPDATE
         SET status = 'REPORTED', version = follow_up_period.version + 1
         WHERE follow_up_period.status = 'RETURNED'
       RETURNING version`,
      [tx.municipalityId, agreementId, key],
    )) as Array<{ version: number }>;
    return { reopened: row !== undefined && row.version > 1 };
  },

  async decidePeriod(tx: Tx, id: string, status: FollowUpPeriodStatus, remarks: string | null, decidedBy: string): Promise<void> {
    await tx.em.query(
      `UPDATE follow_up_period SET status = $2, remarks = $3, decided_by = $4, decided_at = now(), version = version + 1 WHERE id = $1`,
      [id, status, remarks, decidedBy],
    );
  },

  // --- reports

  report: (tx: Tx, id: string) => byId(tx, IndicatorReportEntity, id),

  reportOf(tx: Tx, indicatorId: string, key: string): Promise<IndicatorReportEntity | null> {
    return tx.em.findOneBy(IndicatorReportEntity, { indicatorId, period: key, municipalityId: tx.municipalityId });
  },

  reports(tx: Tx, agreementId: string, period?: string): Promise<IndicatorReportEntity[]> {
    return tx.em.find(IndicatorReportEntity, {
      where: { agreementId, municipalityId: tx.municipalityId, ...(period ? { period } : {}) },
      order: { period: "ASC" },
    });
  },

  /** Writes the value of an indicator for a period, replacing an earlier one; its id and version. */
  async upsertReport(
    tx: Tx,
    values: {
      agreementId: string;
      indicatorId: string;
      period: string;
      value: string;
      status: IndicatorStatus;
      comment: string | null;
      reportedBy: string;
    },
  ): Promise<{ id: string; version: number }> {
    const [row] = (await tx.em.query(
      `INSERT INTO indicator_report (municipality_id, agreement_id, indicator_id, period, value, status, comment, reported_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (municipality_id, indicator_id, period) DO UPDATE
         SET value = excluded.value, status = excluded.status, comment = excluded.comment, reported_by = excluded.reported_by,
             reported_at = now(), version = indicator_report.version + 1
       RETURNING id, version`,
      [
        tx.municipalityId,
        values.agreementId,
        values.indicatorId,
        values.period,
        values.value,
        values.status,
        values.comment,
        values.reportedBy,
      ],
    )) as Array<{ id: string; version: number }>;
    return row;
  },

  scopeReports: (tx: Tx, agreementId: string) =>
    tx.em.find(ScopeReportEntity, { where: { agreementId, municipalityId: tx.municipalityId }, order: { period: "ASC" } }),

  async upsertScopeReport(
    tx: Tx,
    values: {
      agreementId: string;
      balanceLineId: string;
      period: string;
      deliveredVolume: string;
      actualCost: string;
      comment: string | null;
      reportedBy: string;
    },
  ): Promise<{ id: string; version: number }> {
    const [row] = (await tx.em.query(
      `INSERT INTO scope_report (municipality_id, agreement_id, balance_line_id, period, delivered_volume, actual_cost, comment, reported_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (municipality_id, balance_line_id, period) DO UPDATE
         SET delivered_volume = excluded.delivered_volume, actual_cost = excluded.actual_cost, comment = excluded.comment,
             reported_by = excluded.reported_by, reported_at = now(), version = scope_report.version + 1
       RETURNING id, version`,
      [
        tx.municipalityId,
        values.agreementId,
        values.balanceLineId,
        values.period,
        values.deliveredVolume,
        values.actualCost,
        values.comment,
        values.reportedBy,
      ],
    )) as Array<{ id: string; version: number }>;
    return row;
  },

  ...actionPlansStore,

  async dueDays(tx: Tx): Promise<number> {
    return (await tx.em.findOneByOrFail(MunicipalityEntity, { id: tx.municipalityId })).followUpDueDays;
  },
};
