import { AgreementEntity } from "../agreements/agreement.entities.js";
import type { Tx } from "../db/database.js";
import type { AnnualReportContent, RequirementsMet, ValueStatus } from "./annual-report.model.js";

export interface AssessmentRow {
  agreementId: string;
  year: number;
  requirementsMet: RequirementsMet | null;
  deficiencies: string | null;
  goalEffect: string | null;
  actionPlan: string | null;
  version: number;
  updatedBy: string;
  updatedByName: string;
  updatedAt: Date;
}

export interface DecisionRow {
  organId: string;
  year: number;
  meetingDate: string;
  paragraph: string;
  remarks: string | null;
  content: AnnualReportContent;
  contentHash: string;
  recordedBy: string;
  recordedAt: Date;
}

export interface NewAssessment {
  requirementsMet: RequirementsMet | null;
  deficiencies: string | null;
  goalEffect: string | null;
  actionPlan: string | null;
}

const ASSESSMENT = `SELECT s.agreement_id AS "agreementId", s.year, s.requirements_met AS "requirementsMet", s.deficiencies,
  s.goal_effect AS "goalEffect", s.action_plan AS "actionPlan", s.version, s.updated_by AS "updatedBy", u.name AS "updatedByName",
  s.updated_at AS "updatedAt" FROM annual_follow_up_assessment s JOIN app_user u ON u.id = s.updated_by AND u.municipality_id = s.municipality_id`;
const DECISION = `SELECT organ_id AS "organId", year, meeting_date AS "meetingDate", paragraph, remarks, content, content_hash AS "contentHash",
  recorded_by AS "recordedBy", recorded_at AS "recordedAt" FROM annual_follow_up_report`;

/** The yearly report's reads (of the follow-up tables, which another part of the issue writes) and its own writes. */
export const annualReportStore = {
  /**
   * Serialises the assessments of a nämnd's year with its decision, so nothing is assessed after the
   * content was frozen. Taken after the agreement's lock by an assessment, and alone by a decision.
   */
  async lockYear(tx: Tx, organId: string, year: number): Promise<void> {
    await tx.em.query("SELECT pg_advisory_xact_lock(hashtextextended('balans: annual follow-up ' || $1 || ' ' || $2, 0))", [
      organId,
      String(year),
    ]);
  },

  /** The nämnd's strategic, signed agreements as purchaser whose term reaches into the year. */
  strategicSigned(tx: Tx, organId: string, year: number): Promise<AgreementEntity[]> {
    return tx.em
      .getRepository(AgreementEntity)
      .createQueryBuilder("a")
      .where("a.municipality_id = :m AND a.purchaser_organ_id = :organId AND a.strategic AND a.status = 'SIGNED'", {
        m: tx.municipalityId,
        organId,
      })
      .andWhere("a.period_start <= make_date(:year, 12, 31) AND a.period_end >= make_date(:year, 1, 1)", { year })
      .orderBy("a.diarienummer")
      .getMany();
  },

  indicators(tx: Tx, agreementIds: readonly string[]) {
    return tx.em.query(
      `SELECT id, agreement_id AS "agreementId", name, unit, direction, target::text, warn_at::text AS "warnAt"
         FROM indicator WHERE municipality_id = $1 AND agreement_id = ANY($2::uuid[]) ORDER BY agreement_id, position, id`,
      [tx.municipalityId, agreementIds],
    ) as Promise<
      Array<{ id: string; agreementId: string; name: string; unit: string; direction: string; target: string; warnAt: string | null }>
    >;
  },

  /** The values of periods within the year that the purchaser accepted, oldest period first. */
  acceptedValues(tx: Tx, agreementIds: readonly string[], year: number) {
    return tx.em.query(
      `SELECT r.indicator_id AS "indicatorId", r.period, r.value::text, r.status, r.comment
         FROM indicator_report r JOIN follow_up_period p
           ON p.municipality_id = r.municipality_id AND p.agreement_id = r.agreement_id AND p.period = r.period
        WHERE r.municipality_id = $1 AND r.agreement_id = ANY($2::uuid[]) AND p.status = 'ACCEPTED' AND left(r.period, 4) = $3
        ORDER BY r.period`,
      [tx.municipalityId, agreementIds, String(year)],
    ) as Promise<Array<{ indicatorId: string; period: string; value: string; status: ValueStatus; comment: string | null }>>;
  },

  /** The action plans for values of periods within the year, whether or not the period has been accepted yet. */
  actionPlans(tx: Tx, agreementIds: readonly string[], year: number) {
    return tx.em.query(
      `SELECT ap.id, ap.agreement_id AS "agreementId", i.name AS "indicatorName", r.period, ap.description, u.name AS "ownerName",
              ap.due_date AS "dueDate", ap.status,
              (SELECT count(*)::int FROM action_plan_step s WHERE s.action_plan_id = ap.id AND s.municipality_id = ap.municipality_id AND s.done_at IS NOT NULL) AS "stepsDone",
              (SELECT count(*)::int FROM action_plan_step s WHERE s.action_plan_id = ap.id AND s.municipality_id = ap.municipality_id) AS steps
         FROM action_plan ap
         JOIN indicator_report r ON r.id = ap.report_id AND r.municipality_id = ap.municipality_id
         JOIN indicator i ON i.id = r.indicator_id AND i.municipality_id = r.municipality_id
         JOIN app_user u ON u.id = ap.owner_id AND u.municipality_id = ap.municipality_id
        WHERE ap.municipality_id = $1 AND ap.agreement_id = ANY($2::uuid[]) AND left(r.period, 4) = $3
        ORDER BY r.period, i.position, ap.id`,
      [tx.municipalityId, agreementIds, String(year)],
    ) as Promise<
      Array<{
        id: string;
        agreementId: string;
        indicatorName: string;
        period: string;
        description: string;
        ownerName: string;
        dueDate: string;
        status: string;
        stepsDone: number;
        steps: number;
      }>
    >;
  },

  /** Per SCOPE line: the ordered volume and, over the year's accepted periods, the delivered volume and actual cost. */
  scope(tx: Tx, agreementIds: readonly string[], year: number) {
    return tx.em.query(
      `SELECT l.agreement_id AS "agreementId", l.description, l.unit, l.volume::text AS "orderedVolume",
              coalesce(sum(s.delivered_volume), 0)::text AS "deliveredVolume", coalesce(sum(s.actual_cost), 0)::numeric(15, 2)::text AS "actualCost"
         FROM balance_line l
         JOIN scope_report s ON s.balance_line_id = l.id AND s.municipality_id = l.municipality_id AND left(s.period, 4) = $3
         JOIN follow_up_period p ON p.municipality_id = s.municipality_id AND p.agreement_id = s.agreement_id AND p.period = s.period AND p.status = 'ACCEPTED'
        WHERE l.municipality_id = $1 AND l.agreement_id = ANY($2::uuid[]) AND l.kind = 'SCOPE'
        GROUP BY l.municipality_id, l.id ORDER BY l.agreement_id, l.position`,
      [tx.municipalityId, agreementIds, String(year)],
    ) as Promise<
      Array<{
        agreementId: string;
        description: string;
        unit: string | null;
        orderedVolume: string | null;
        deliveredVolume: string;
        actualCost: string;
      }>
    >;
  },

  assessments(tx: Tx, agreementIds: readonly string[], year: number): Promise<AssessmentRow[]> {
    return tx.em.query(`${ASSESSMENT} WHERE s.municipality_id = $1 AND s.agreement_id = ANY($2::uuid[]) AND s.year = $3`, [
      tx.municipalityId,
      agreementIds,
      year,
    ]);
  },

  async assessment(tx: Tx, agreementId: string, year: number): Promise<AssessmentRow | null> {
    return (await this.assessments(tx, [agreementId], year))[0] ?? null;
  },

  /** Writes the assessment as version `version` (1 for a new one); the caller checked the version before. */
  async saveAssessment(
    tx: Tx,
    agreementId: string,
    year: number,
    assessment: NewAssessment,
    userId: string,
    version: number,
  ): Promise<void> {
    await tx.em.query(
      `INSERT INTO annual_follow_up_assessment (municipality_id, agreement_id, year, requirements_met, deficiencies, goal_effect, action_plan, updated_by, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (municipality_id, agreement_id, year) DO UPDATE SET requirements_met = EXCLUDED.requirements_met,
         deficiencies = EXCLUDED.deficiencies, goal_effect = EXCLUDED.goal_effect, action_plan = EXCLUDED.action_plan,
         updated_by = EXCLUDED.updated_by, updated_at = now(), version = EXCLUDED.version`,
      [
        tx.municipalityId,
        agreementId,
        year,
        assessment.requirementsMet,
        assessment.deficiencies,
        assessment.goalEffect,
        assessment.actionPlan,
        userId,
        version,
      ],
    );
  },

  async decision(tx: Tx, organId: string, year: number): Promise<DecisionRow | null> {
    const [row] = (await tx.em.query(`${DECISION} WHERE municipality_id = $1 AND organ_id = $2 AND year = $3`, [
      tx.municipalityId,
      organId,
      year,
    ])) as DecisionRow[];
    return row ?? null;
  },

  decisionsOfYear(tx: Tx, year: number): Promise<DecisionRow[]> {
    return tx.em.query(`${DECISION} WHERE municipality_id = $1 AND year = $2`, [tx.municipalityId, year]);
  },

  async insertDecision(tx: Tx, row: Omit<DecisionRow, "recordedAt">): Promise<void> {
    await tx.em.query(
      `INSERT INTO annual_follow_up_report (municipality_id, organ_id, year, meeting_date, paragraph, remarks, content, content_hash, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9)`,
      [
        tx.municipalityId,
        row.organId,
        row.year,
        row.meetingDate,
        row.paragraph,
        row.remarks,
        JSON.stringify(row.content),
        row.contentHash,
        row.recordedBy,
      ],
    );
  },

  /** Names of users, by id. */
  async names(tx: Tx, ids: readonly string[]): Promise<Map<string, string>> {
    const rows = (await tx.em.query(`SELECT id, name FROM app_user WHERE municipality_id = $1 AND id = ANY($2::uuid[])`, [
      tx.municipalityId,
      ids,
    ])) as Array<{ id: string; name: string }>;
    return new Map(rows.map((r) => [r.id, r.name]));
  },
};
