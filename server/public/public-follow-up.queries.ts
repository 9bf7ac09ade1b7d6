import { byAgreement } from "../db/by-agreement.js";
import type { Tx } from "../db/database.js";
import type { ActionPlanStatus } from "../follow-up/follow-up.entities.js";
import type { IndicatorStatus } from "../follow-up/indicator-status.js";
import { parsePeriod } from "../follow-up/periods.js";
import { decimalOf, moneyString, ZERO } from "../money.js";
import type { PublicIndicator, PublicScopeLine, PublicFollowUp, PublicResultRow } from "./public-follow-up.model.js";

/*
 * The follow-up of a signed agreement as the public sees it. Only what the purchaser has ACCEPTED is
 * public: a period that is reported, returned or still being written is the parties' work in progress,
 * not a record. Every statement below therefore joins `follow_up_period` on status 'ACCEPTED' and the
 * agreement on status 'SIGNED'; nothing here reads a report without both.
 */

export type {
  PublicIndicatorResult,
  PublicIndicator,
  PublicScopeResult,
  PublicScopeLine,
  PublicFollowUp,
  PublicResultRow,
} from "./public-follow-up.model.js";

/** "12.500000" → "12.5", "3.000000" → "3": the numeric column's padding off, the digits as reported. */
export const exactDecimal = (numeric: string): string => decimalOf(numeric).toFixed();
const exactOrNull = (numeric: string | null): string | null => (numeric === null ? null : exactDecimal(numeric));

/** Periods in time order: by their last day, and a month before the quarter and year that end with it. */
export function comparePeriods(a: string, b: string): number {
  const x = parsePeriod(a);
  const y = parsePeriod(b);
  if (!x || !y) return a.localeCompare(b);
  return x.end.localeCompare(y.end) || y.start.localeCompare(x.start);
}

const ACCEPTED = `JOIN follow_up_period f ON f.municipality_id = r.municipality_id AND f.agreement_id = r.agreement_id
      AND f.period = r.period AND f.status = 'ACCEPTED'`;
const SIGNED = `JOIN agreement a ON a.municipality_id = r.municipality_id AND a.id = r.agreement_id AND a.status = 'SIGNED'`;

/** An indicator as its row reads it; its accepted results are read after. */
type IndicatorRow = Omit<PublicIndicator, "results">;

interface ResultRow {
  indicatorId: string;
  period: string;
  value: string;
  status: IndicatorStatus;
  comment: string | null;
  planDescription: string | null;
  planOwner: string | null;
  planDueDate: string | null;
  planStatus: ActionPlanStatus | null;
}

interface ScopeRow {
  id: string;
  description: string;
  unit: string | null;
  volume: string | null;
  amount: string;
  period: string | null;
  deliveredVolume: string | null;
  actualCost: string | null;
  comment: string | null;
}

export const publicFollowUpQueries = {
  /**
   * The public follow-up of every agreement of a list, five statements for any number (`perAgreement`);
   * null for one that is not signed (or not in the scope's municipality).
   */
  async ofAgreements(tx: Tx, agreementIds: string[]): Promise<Map<string, PublicFollowUp | null>> {
    const params = [tx.municipalityId, agreementIds];
    const signed = (await tx.em.query(
      `SELECT id FROM agreement WHERE municipality_id = $1 AND id = ANY($2) AND status = 'SIGNED'`,
      params,
    )) as Array<{ id: string }>;
    const ids = signed.map((row) => row.id);
    const followUps = new Map<string, PublicFollowUp | null>(agreementIds.map((id) => [id, null]));
    if (ids.length === 0) return followUps;
    const ofSigned = [tx.municipalityId, ids];
    const indicators = (await tx.em.query(
      `SELECT agreement_id AS "agreementId", id, name, unit, direction, target, warn_at AS "warnAt", frequency
         FROM indicator WHERE municipality_id = $1 AND agreement_id = ANY($2) ORDER BY position, created_at`,
      ofSigned,
    )) as Array<IndicatorRow & { agreementId: string }>;
    const results = (await tx.em.query(
      `SELECT r.agreement_id AS "agreementId", r.indicator_id AS "indicatorId", r.period, r.value, r.status, r.comment,
              p.description AS "planDescription", u.name AS "planOwner", p.due_date::text AS "planDueDate", p.status AS "planStatus"
         FROM indicator_report r ${ACCEPTED}
         LEFT JOIN action_plan p ON p.municipality_id = r.municipality_id AND p.report_id = r.id
         LEFT JOIN app_user u ON u.municipality_id = p.municipality_id AND u.id = p.owner_id
        WHERE r.municipality_id = $1 AND r.agreement_id = ANY($2)`,
      ofSigned,
    )) as Array<ResultRow & { agreementId: string }>;
    // The balance's lines: SCOPE with what the accepted periods delivered, RESOURCE summed as the compensation.
    const lines = (await tx.em.query(
      `SELECT bl.agreement_id AS "agreementId", bl.kind, bl.id, bl.description, bl.unit, bl.volume, bl.amount, s.period,
              s.delivered_volume AS "deliveredVolume", s.actual_cost AS "actualCost", s.comment
         FROM balance_line bl
         LEFT JOIN (scope_report s JOIN follow_up_period f ON f.municipality_id = s.municipality_id
                      AND f.agreement_id = s.agreement_id AND f.period = s.period AND f.status = 'ACCEPTED')
           ON bl.kind = 'SCOPE' AND s.municipality_id = bl.municipality_id AND s.balance_line_id = bl.id
        WHERE bl.municipality_id = $1 AND bl.agreement_id = ANY($2)
        ORDER BY bl.position`,
      ofSigned,
    )) as Array<ScopeRow & { agreementId: string; kind: string }>;
    const periods = (await tx.em.query(
      `SELECT agreement_id AS "agreementId", period FROM follow_up_period
        WHERE municipality_id = $1 AND agreement_id = ANY($2) AND status = 'ACCEPTED'`,
      ofSigned,
    )) as Array<{ agreementId: string; period: string }>;
    const [indicatorsOf, resultsOf] = [byAgreement(ids, indicators), byAgreement(ids, results)];
    const [linesOf, periodsOf] = [byAgreement(ids, lines), byAgreement(ids, periods)];
    for (const id of ids) {
      const scope = linesOf.get(id)!.filter((line) => line.kind === "SCOPE");
      const resources = linesOf.get(id)!.filter((line) => line.kind === "RESOURCE");
      const compensation = moneyString(resources.reduce((sum, line) => sum.plus(decimalOf(line.amount)), ZERO));
      const accepted = periodsOf
        .get(id)!
        .map((p) => p.period)
        .sort(comparePeriods);
      followUps.set(id, compose(indicatorsOf.get(id)!, resultsOf.get(id)!, scope, compensation, accepted));
    }
    return followUps;
  },

  /** Every accepted value of the municipality's signed agreements: newest agreements first, then indicator and period order. */
  async resultRows(tx: Tx): Promise<PublicResultRow[]> {
    const rows = (await tx.em.query(
      `SELECT a.diarienummer, a.id AS "agreementId", a.title AS "agreementTitle", a.period_start::text AS "periodStart",
              i.name AS indicator, i.unit, i.direction, i.target, i.warn_at AS "warnAt", i.position,
              r.period, r.value, r.status, r.comment
         FROM indicator_report r ${ACCEPTED} ${SIGNED}
         JOIN indicator i ON i.municipality_id = r.municipality_id AND i.id = r.indicator_id
        WHERE r.municipality_id = $1`,
      [tx.municipalityId],
    )) as Array<PublicResultRow & { periodStart: string; position: number }>;
    rows.sort(
      (x, y) =>
        y.periodStart.localeCompare(x.periodStart) ||
        x.diarienummer.localeCompare(y.diarienummer) ||
        x.position - y.position ||
        comparePeriods(x.period, y.period),
    );
    return rows.map(({ periodStart: _start, position: _position, ...row }) => ({
      ...row,
      target: exactDecimal(row.target),
      warnAt: exactOrNull(row.warnAt),
      value: exactDecimal(row.value),
    }));
  },
};

function compose(
  indicatorRows: IndicatorRow[],
  resultRows: ResultRow[],
  scopeRows: ScopeRow[],
  compensation: string,
  acceptedPeriods: string[],
): PublicFollowUp {
  const byPeriod = (x: { period: string }, y: { period: string }) => comparePeriods(x.period, y.period);
  const indicators: PublicIndicator[] = indicatorRows.map((row) => ({
    ...row,
    target: exactDecimal(row.target),
    warnAt: exactOrNull(row.warnAt),
    results: resultRows
      .filter((r) => r.indicatorId === row.id)
      .sort(byPeriod)
      .map((r) => ({
        period: r.period,
        value: exactDecimal(r.value),
        status: r.status,
        comment: r.comment,
        actionPlan:
          r.planDescription === null
            ? null
            : { description: r.planDescription, ownerName: r.planOwner ?? "", dueDate: r.planDueDate!, status: r.planStatus! },
      })),
  }));
  const current = indicators.map((i) => i.results.at(-1)?.status).filter((s) => s !== undefined);
  const count = (status: string) => current.filter((s) => s === status).length;

  const lines = new Map<string, PublicScopeLine>();
  for (const row of scopeRows) {
    const line = lines.get(row.id) ?? {
      id: row.id,
      description: row.description,
      unit: row.unit,
      orderedVolume: exactOrNull(row.volume),
      estimatedCost: moneyString(decimalOf(row.amount)),
      deliveredVolume: "0",
      actualCost: "0.00",
      periods: [],
    };
    lines.set(row.id, line);
    if (row.period === null) continue;
    line.periods.push({
      period: row.period,
      deliveredVolume: exactDecimal(row.deliveredVolume!),
      actualCost: moneyString(decimalOf(row.actualCost!)),
      comment: row.comment,
    });
  }
  const scopeLines = [...lines.values()].map((line) => {
    line.periods.sort(byPeriod);
    line.deliveredVolume = line.periods.reduce((sum, p) => sum.plus(p.deliveredVolume), ZERO).toFixed();
    line.actualCost = moneyString(line.periods.reduce((sum, p) => sum.plus(p.actualCost), ZERO));
    return line;
  });

  return {
    indicators,
    acceptedPeriods,
    latestAcceptedPeriod: acceptedPeriods.at(-1) ?? null,
    green: count("GREEN"),
    yellow: count("YELLOW"),
    red: count("RED"),
    openActionPlans: resultRows.filter((r) => r.planStatus !== null && r.planStatus !== "DONE").length,
    scopeLines,
    compensation: moneyString(decimalOf(compensation)),
    actualCost: moneyString(scopeLines.reduce((sum, line) => sum.plus(line.actualCost), ZERO)),
  };
}
