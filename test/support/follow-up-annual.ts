import { createAgreement } from "./agreements.js";
import { setAgreementStatus } from "./balance.js";
import type { TestMunicipality } from "./factories.js";
import { ok, type GraphqlResult } from "./graphql.js";
import { asOwner } from "./owner.js";

type Caller = <T = Record<string, any>>(query: string, variables?: Record<string, unknown>) => Promise<GraphqlResult<T>>;

export const CLASSIFICATION = `query($id: ID!) { agreement(id: $id) {
  id strategic impact valueClass suggestedStrategic classificationVersion
  purchaserResponsible { id name } providerResponsible { id name }
  classificationPermissions { canSetPurchaserResponsible canSetProviderResponsible canClassify canMarkStrategic }
} }`;
export const SET_RESPONSIBLE =
  "mutation($id: ID!, $party: Party!, $user: ID) { setAgreementResponsible(agreementId: $id, party: $party, userId: $user) { id purchaserResponsible { id } providerResponsible { id } } }";
export const CLASSIFY =
  "mutation($id: ID!, $impact: Impact!, $v: Int!) { classifyAgreement(agreementId: $id, impact: $impact, version: $v) { id impact valueClass suggestedStrategic classificationVersion } }";
export const MARK =
  "mutation($id: ID!, $s: Boolean!, $c: Boolean) { markStrategic(agreementId: $id, strategic: $s, confirmOverTen: $c) { id strategic } }";

export const REPORT_FIELDS = `organ { id shortName } year contentHash yearEnded canRecordDecision
  decision { meetingDate paragraph remarks recordedBy { email } recordedAt }
  totals { agreements green yellow red met partly notMet noBasis openActionPlans }
  agreements { id diarienummer title providerName purchaserResponsibleName impact valueClass compensation green yellow red
    computedRequirementsMet requirementsMet canAssess
    indicators { name target values { period value status comment } green yellow red }
    deficiencies { indicatorName period value status comment }
    actionPlans { description ownerName dueDate status }
    scope { description orderedVolume deliveredVolume actualCost }
    assessment { requirementsMet deficiencies goalEffect actionPlan version updatedByName } }`;
export const REPORT = `query($organ: ID!, $year: Int!) { annualFollowUpReport(organId: $organ, year: $year) { ${REPORT_FIELDS} } }`;
export const ASSESS = `mutation($id: ID!, $year: Int!, $v: Int!, $input: AnnualAssessmentInput!) {
  assessStrategicAgreement(agreementId: $id, year: $year, expectedVersion: $v, input: $input) { ${REPORT_FIELDS} } }`;
export const DECIDE = `mutation($organ: ID!, $year: Int!, $hash: String!, $input: AnnualReportDecisionInput!) {
  recordAnnualReportDecision(organId: $organ, year: $year, contentHash: $hash, input: $input) { ${REPORT_FIELDS} } }`;
export const ROLL_UP = `query($year: Int!) { annualFollowUpRollUp(year: $year) {
  organ { shortName } contentHash decision { paragraph } totals { agreements met partly notMet noBasis red } agreements { diarienummer } } }`;

/**
 * An agreement between `purchaser` (default VON) and PS for `year`, put in `status` and marked strategic
 * (or not) behind the API's back: the lifecycle and the mark have tests of their own.
 */
export async function agreementForYear(
  caller: Caller,
  m: TestMunicipality,
  year: number,
  { status = "SIGNED", strategic = true, purchaser = "VON" as "VON" | "KUN", title = `Hemtjänst ${year}` } = {},
): Promise<{ id: string; diarienummer: string }> {
  const { id, diarienummer } = await createAgreement(caller, m, {
    title,
    purchaserOrganId: m.organs[purchaser].id,
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
  });
  if (status !== "DRAFT") await setAgreementStatus(m, id, status);
  if (strategic) await asOwner(m.municipality.id, "UPDATE agreement SET strategic = true WHERE id = $1", [id]);
  return { id, diarienummer };
}

/** An indicator of the agreement, written as the follow-up core would once the parties defined it. */
export async function indicator(
  m: TestMunicipality,
  agreementId: string,
  { name = "Andel nöjda brukare", unit = "%", target = "90", warnAt = "80", direction = "HIGHER_IS_BETTER", position = 0 } = {},
): Promise<string> {
  const [row] = await asOwner(
    m.municipality.id,
    `INSERT INTO indicator (municipality_id, agreement_id, position, name, unit, direction, target, warn_at, frequency, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'QUARTERLY', $9) RETURNING id`,
    [m.municipality.id, agreementId, position, name, unit, direction, target, warnAt, m.users["ps.chef"].id],
  );
  return row.id as string;
}

/**
 * A reported value of a period with its status, in a period the purchaser accepted (or, with
 * `accepted: false`, only reported), as the follow-up core writes them. Returns the report's id.
 */
export async function reportedValue(
  m: TestMunicipality,
  agreementId: string,
  indicatorId: string,
  period: string,
  value: string,
  status: "GREEN" | "YELLOW" | "RED",
  { accepted = true, comment = null as string | null } = {},
): Promise<string> {
  await asOwner(
    m.municipality.id,
    `INSERT INTO follow_up_period (municipality_id, agreement_id, period, status) VALUES ($1, $2, $3, $4)
     ON CONFLICT (municipality_id, agreement_id, period) DO UPDATE SET status = EXCLUDED.status`,
    [m.municipality.id, agreementId, period, accepted ? "ACCEPTED" : "REPORTED"],
  );
  const [row] = await asOwner(
    m.municipality.id,
    `INSERT INTO indicator_report (municipality_id, agreement_id, indicator_id, period, value, status, comment, reported_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [m.municipality.id, agreementId, indicatorId, period, value, status, comment, m.users["ps.chef"].id],
  );
  return row.id as string;
}

export async function actionPlan(m: TestMunicipality, agreementId: string, reportId: string, description: string, status = "IN_PROGRESS") {
  await asOwner(
    m.municipality.id,
    `INSERT INTO action_plan (municipality_id, agreement_id, report_id, description, owner_id, due_date, status, created_by)
     VALUES ($1, $2, $3, $4, $5, '2026-03-31', $6, $5)`,
    [m.municipality.id, agreementId, reportId, description, m.users["ps.chef"].id, status],
  );
}

/** The report of VON for `year` as `caller` reads it. */
export async function reportOf(caller: Caller, m: TestMunicipality, year: number, organ: "VON" | "KUN" = "VON") {
  return ok(await caller(REPORT, { organ: m.organs[organ].id, year })).annualFollowUpReport;
}
