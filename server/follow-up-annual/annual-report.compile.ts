import type { Tx } from "../db/database.js";
import type { OrganEntity } from "../identity/identity.entities.js";
import { agreementsQueries } from "../agreements/agreements.queries.js";
import { decimalOf } from "../money.js";
import {
  computedRequirementsMet,
  countStatuses,
  totalsOf,
  type AnnualReportContent,
  type ReportAgreement,
  type ReportIndicator,
} from "./annual-report.model.js";
import { annualReportStore as store, type AssessmentRow } from "./annual-report.store.js";
import { valueClassOf, type Impact } from "./classification.model.js";
import { classificationStore } from "./classification.store.js";

/** "12.500000" → "12.5": the stored exact decimal without its padding. */
const plain = (value: string): string => decimalOf(value).toString();
const plainOrNull = (value: string | null): string | null => (value === null ? null : plain(value));

const groupBy = <T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> => {
  const groups = new Map<K, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
};

/**
 * The yearly follow-up report of a nämnd as it stands: its strategic, signed agreements as purchaser
 * whose term reaches into the year; per agreement the indicators with the values of the year's accepted
 * periods, the deficiencies (every value short of GREEN, with the provider's analysis), the action plans,
 * ordered against delivered volume, and the purchaser side's assessment, whose answer on the
 * requirements overrides the computed one.
 */
export async function compileAnnualReport(tx: Tx, organ: OrganEntity, year: number): Promise<AnnualReportContent> {
  const agreements = await store.strategicSigned(tx, organ.id, year);
  const ids = agreements.map((a) => a.id);
  // One connection: the reads go one after another.
  const indicators = await store.indicators(tx, ids);
  const values = await store.acceptedValues(tx, ids, year);
  const plans = await store.actionPlans(tx, ids, year);
  const scope = await store.scope(tx, ids, year);
  const assessments = await store.assessments(tx, ids, year);
  const compensations = await classificationStore.compensations(tx, ids);
  const thresholds = await classificationStore.thresholds(tx);
  const organs = await agreementsQueries.organs(
    tx,
    agreements.map((a) => a.providerOrganId),
  );
  const responsible = await store.names(
    tx,
    agreements.flatMap((a) => [a.purchaserResponsibleId, a.providerResponsibleId]).filter((id): id is string => id !== null),
  );
  const valuesOf = groupBy(values, (v) => v.indicatorId);
  const indicatorsOf = groupBy(indicators, (i) => i.agreementId);
  const plansOf = groupBy(plans, (p) => p.agreementId);
  const scopeOf = groupBy(scope, (s) => s.agreementId);
  const assessmentOf = new Map(assessments.map((s) => [s.agreementId, s]));

  const compiled = agreements.map((agreement): ReportAgreement => {
    const reportIndicators: ReportIndicator[] = (indicatorsOf.get(agreement.id) ?? []).map((indicator) => {
      const own = (valuesOf.get(indicator.id) ?? []).map((v) => ({
        period: v.period,
        value: plain(v.value),
        status: v.status,
        comment: v.comment,
      }));
      return {
        id: indicator.id,
        name: indicator.name,
        unit: indicator.unit,
        direction: indicator.direction,
        target: plain(indicator.target),
        warnAt: plainOrNull(indicator.warnAt),
        values: own,
        ...countStatuses(own.map((v) => v.status)),
      };
    });
    const statuses = reportIndicators.flatMap((i) => i.values.map((v) => v.status));
    const computed = computedRequirementsMet(statuses);
    const assessment = assessmentOf.get(agreement.id) ?? null;
    const compensation = compensations.get(agreement.id) ?? "0.00";
    return {
      id: agreement.id,
      diarienummer: agreement.diarienummer,
      title: agreement.title,
      providerName: organs.get(agreement.providerOrganId)?.name ?? "",
      periodStart: agreement.periodStart,
      periodEnd: agreement.periodEnd,
      purchaserResponsibleName: agreement.purchaserResponsibleId ? (responsible.get(agreement.purchaserResponsibleId) ?? null) : null,
      providerResponsibleName: agreement.providerResponsibleId ? (responsible.get(agreement.providerResponsibleId) ?? null) : null,
      impact: (agreement.impact as Impact | null) ?? null,
      valueClass: valueClassOf(compensation, thresholds),
      compensation,
      indicators: reportIndicators,
      ...countStatuses(statuses),
      computedRequirementsMet: computed,
      requirementsMet: assessment?.requirementsMet ?? computed,
      deficiencies: reportIndicators.flatMap((i) =>
        i.values
          .filter((v) => v.status !== "GREEN")
          .map((v) => ({
            indicatorName: i.name,
            unit: i.unit,
            period: v.period,
            value: v.value,
            target: i.target,
            status: v.status,
            comment: v.comment,
          })),
      ),
      actionPlans: (plansOf.get(agreement.id) ?? []).map(({ agreementId: _a, ...plan }) => plan),
      scope: (scopeOf.get(agreement.id) ?? []).map((s) => ({
        description: s.description,
        unit: s.unit,
        orderedVolume: plainOrNull(s.orderedVolume),
        deliveredVolume: plain(s.deliveredVolume),
        actualCost: s.actualCost,
      })),
      assessment: assessment && assessmentView(assessment),
    };
  });
  return { organ: { id: organ.id, name: organ.name, shortName: organ.shortName }, year, agreements: compiled, totals: totalsOf(compiled) };
}

function assessmentView(row: AssessmentRow): ReportAgreement["assessment"] {
  return {
    requirementsMet: row.requirementsMet,
    deficiencies: row.deficiencies,
    goalEffect: row.goalEffect,
    actionPlan: row.actionPlan,
    version: row.version,
    updatedByName: row.updatedByName,
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}
