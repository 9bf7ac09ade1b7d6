import type { Tx } from "../db/database.js";
import type { OrganEntity } from "../identity/identity.entities.js";
import { OrganKind, type Actor } from "../identity/identity.model.js";
import { permits } from "../pipeline/permissions.js";
import { followUpAnnualPolicy as policy } from "../policies/follow-up-annual.policy.js";
import { assertAllowed } from "../policies/policy.js";
import { assessStrategicAgreement, currentReport, recordAnnualReportDecision, thisYear } from "./annual-report.commands.js";
import type { AnnualReportContent, ReportAgreement, ReportTotals } from "./annual-report.model.js";
import { annualReportStore as store, type DecisionRow } from "./annual-report.store.js";
import { readableNamnd, validYear } from "./classification.queries.js";

export interface AnnualReportView {
  organ: OrganEntity;
  year: number;
  /** The SHA-256 of the content: frozen with the decision, or of the compile shown now (recordAnnualReportDecision's `contentHash`). */
  contentHash: string;
  content: AnnualReportContent;
  decision: Omit<DecisionRow, "content"> | null;
  yearEnded: boolean;
  canRecordDecision: boolean;
  agreements: Array<ReportAgreement & { canAssess: boolean }>;
}

export interface RollUpRow {
  organ: OrganEntity;
  contentHash: string;
  decision: Omit<DecisionRow, "content"> | null;
  totals: ReportTotals;
  content: AnnualReportContent;
}

/** The yearly follow-up report's reads: one nämnd's, and every nämnd's for kommunledning. */
export const annualReportQueries = {
  async report(tx: Tx, actor: Actor, organId: string, year: number): Promise<AnnualReportView> {
    const organ = await readableNamnd(tx, actor, organId);
    const target = await currentReport(tx, organ, validYear(year));
    const decision = target.decided ? await store.decision(tx, organ.id, year) : null;
    const entities = target.decided ? [] : await store.strategicSigned(tx, organ.id, year);
    const assessable = new Set<string>();
    for (const agreement of entities) {
      const assessment = await store.assessment(tx, agreement.id, year);
      if (permits(assessStrategicAgreement, actor, { agreement, year, assessment, decided: false })) assessable.add(agreement.id);
    }
    return {
      organ,
      year,
      contentHash: target.contentHash,
      content: target.content,
      decision: decision && withoutContent(decision),
      yearEnded: year < thisYear(),
      canRecordDecision: permits(recordAnnualReportDecision, actor, target),
      agreements: target.content.agreements.map((a) => ({ ...a, canAssess: assessable.has(a.id) })),
    };
  },

  /**
   * Every nämnd's report for the year, for KS/KF: the beställarnämnder, and any other organ that is
   * purchaser of a strategic, signed agreement of the year; as decided, or as they stand.
   */
  async rollUp(tx: Tx, actor: Actor, year: number, organs: readonly OrganEntity[]): Promise<RollUpRow[]> {
    assertAllowed(policy.mayReadRollUp(actor), policy.rollUpRefusal);
    validYear(year);
    const rows: RollUpRow[] = [];
    for (const organ of organs) {
      const target = await currentReport(tx, organ, year);
      if (organ.kind !== OrganKind.BESTALLARNAMND && !target.decided && target.content.agreements.length === 0) continue;
      const decision = target.decided ? await store.decision(tx, organ.id, year) : null;
      rows.push({
        organ,
        contentHash: target.contentHash,
        decision: decision && withoutContent(decision),
        totals: target.content.totals,
        content: target.content,
      });
    }
    return rows;
  },
};

const withoutContent = ({ content: _content, ...decision }: DecisionRow) => decision;
