import type { DemoWho } from "../../server/seed/municipality-seed.js";
import { createAgreement } from "./agreements.js";
import { RECORD, SIGN, SUBMIT, decision, readyDraft } from "./approval.js";
import { seedMunicipality, type TestMunicipality } from "./factories.js";
import { actor, ok } from "./graphql.js";
import { asOwner } from "./owner.js";
import { setAgreementStatus } from "./balance.js";

/*
 * Follow-up rows written behind the server's back, as the schema owner in the municipality's scope:
 * the public pages are tested against every state a period can be in, whatever commands exist to get
 * there (server/follow-up/ writes them in production).
 */

/** A signed agreement through the API (sections, agreed balance with the scope line "Hemtjänst", both committees, both chiefs). */
export async function signedAgreement(server: { graphqlUrl: string }, m: TestMunicipality): Promise<{ id: string; scopeLineId: string }> {
  const { id, psChef, vonChef } = await readyDraft(server, m);
  const hash = ok(await psChef(SUBMIT, { id })).submitForApproval.currentVersion.contentHash as string;
  ok(await (await actor(server, m, "von.sekreterare"))(RECORD, { id, input: decision(m.organs.VON.id) }));
  ok(await (await actor(server, m, "ps.sekreterare"))(RECORD, { id, input: decision(m.organs.PS.id) }));
  ok(await vonChef(SIGN, { id, hash }));
  ok(await psChef(SIGN, { id, hash }));
  const [line] = await asOwner<{ id: string }>(
    m.municipality.id,
    "SELECT id FROM balance_line WHERE agreement_id = $1 AND kind = 'SCOPE'",
    [id],
  );
  return { id, scopeLineId: line.id };
}

export interface IndicatorFixture {
  name: string;
  unit?: string;
  direction?: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";
  target: string;
  warnAt?: string | null;
  frequency?: "MONTHLY" | "QUARTERLY" | "YEARLY";
  position?: number;
}

export async function insertIndicator(m: TestMunicipality, agreementId: string, indicator: IndicatorFixture): Promise<string> {
  const [row] = await asOwner<{ id: string }>(
    m.municipality.id,
    `INSERT INTO indicator (municipality_id, agreement_id, position, name, unit, direction, target, warn_at, frequency, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      m.municipality.id,
      agreementId,
      indicator.position ?? 0,
      indicator.name,
      indicator.unit ?? "%",
      indicator.direction ?? "HIGHER_IS_BETTER",
      indicator.target,
      indicator.warnAt ?? null,
      indicator.frequency ?? "QUARTERLY",
      m.users["ps.chef"].id,
    ],
  );
  return row.id;
}

export async function insertPeriod(m: TestMunicipality, agreementId: string, period: string, status: "REPORTED" | "ACCEPTED" | "RETURNED") {
  await asOwner(m.municipality.id, "INSERT INTO follow_up_period (municipality_id, agreement_id, period, status) VALUES ($1, $2, $3, $4)", [
    m.municipality.id,
    agreementId,
    period,
    status,
  ]);
}

export async function insertReport(
  m: TestMunicipality,
  agreementId: string,
  report: { indicatorId: string; period: string; value: string; status: "GREEN" | "YELLOW" | "RED"; comment?: string | null },
): Promise<string> {
  const [row] = await asOwner<{ id: string }>(
    m.municipality.id,
    `INSERT INTO indicator_report (municipality_id, agreement_id, indicator_id, period, value, status, comment, reported_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      m.municipality.id,
      agreementId,
      report.indicatorId,
      report.period,
      report.value,
      report.status,
      report.comment ?? null,
      m.users["ps.chef"].id,
    ],
  );
  return row.id;
}

export async function insertActionPlan(
  m: TestMunicipality,
  agreementId: string,
  plan: { reportId: string; description: string; owner: DemoWho; dueDate: string; status: "PLANNED" | "IN_PROGRESS" | "DONE" },
): Promise<void> {
  await asOwner(
    m.municipality.id,
    `INSERT INTO action_plan (municipality_id, agreement_id, report_id, description, owner_id, due_date, status, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      m.municipality.id,
      agreementId,
      plan.reportId,
      plan.description,
      m.users[plan.owner].id,
      plan.dueDate,
      plan.status,
      m.users["ps.chef"].id,
    ],
  );
}

export async function insertScopeReport(
  m: TestMunicipality,
  agreementId: string,
  report: { balanceLineId: string; period: string; deliveredVolume: string; actualCost: string; comment?: string },
): Promise<void> {
  await asOwner(
    m.municipality.id,
    `INSERT INTO scope_report (municipality_id, agreement_id, balance_line_id, period, delivered_volume, actual_cost, comment, reported_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      m.municipality.id,
      agreementId,
      report.balanceLineId,
      report.period,
      report.deliveredVolume,
      report.actualCost,
      report.comment ?? null,
      m.users["ps.chef"].id,
    ],
  );
}

/** Text that a spreadsheet would run, text that needs quoting, and a name with both separators. */
export const HOSTILE = '=HYPERLINK("http://x";"klicka")';
export const AWKWARD = 'Sjukfrånvaro; "vinter", natt\r\nrad två';
export const WAITING = 'Väntetid, "första" insats; dagar';

/**
 * A signed agreement with an accepted quarter (a GREEN and a RED value, the RED one with a plan), a
 * returned and a reported quarter; a draft whose indicator has an "accepted" value written behind the
 * server's back; nothing of the latter two may be public.
 */
export async function scene(server: { graphqlUrl: string }, m: TestMunicipality) {
  const signed = await signedAgreement(server, m);
  const id = signed.id;
  const satisfaction = await insertIndicator(m, id, { name: "Andel nöjda brukare", target: "90", warnAt: "85.5", position: 0 });
  const waiting = await insertIndicator(m, id, { name: WAITING, unit: "dagar", direction: "LOWER_IS_BETTER", target: "14", position: 1 });
  await insertPeriod(m, id, "2027-Q1", "ACCEPTED");
  await insertPeriod(m, id, "2027-Q2", "RETURNED");
  await insertPeriod(m, id, "2027-Q3", "REPORTED");
  await insertReport(m, id, { indicatorId: satisfaction, period: "2027-Q1", value: "92.125", status: "GREEN", comment: HOSTILE });
  const red = await insertReport(m, id, { indicatorId: waiting, period: "2027-Q1", value: "30.5", status: "RED", comment: AWKWARD });
  await insertActionPlan(m, id, {
    reportId: red,
    description: "Fler i nattpatrullen",
    owner: "ps.handlaggare",
    dueDate: "2027-06-30",
    status: "IN_PROGRESS",
  });
  const returned = await insertReport(m, id, {
    indicatorId: satisfaction,
    period: "2027-Q2",
    value: "11.111",
    status: "RED",
    comment: "HEMLIG-RETUR",
  });
  await insertActionPlan(m, id, {
    reportId: returned,
    description: "HEMLIG-PLAN",
    owner: "ps.chef",
    dueDate: "2027-09-30",
    status: "PLANNED",
  });
  await insertReport(m, id, { indicatorId: waiting, period: "2027-Q3", value: "22.222", status: "RED", comment: "HEMLIG-RAPPORT" });
  await insertScopeReport(m, id, {
    balanceLineId: signed.scopeLineId,
    period: "2027-Q1",
    deliveredVolume: "24.5",
    actualCost: "251234.50",
  });
  await insertScopeReport(m, id, {
    balanceLineId: signed.scopeLineId,
    period: "2027-Q2",
    deliveredVolume: "99.99",
    actualCost: "999999.99",
    comment: "HEMLIG-VOLYM",
  });

  const vonChef = await actor(server, m, "von.chef");
  const draft = await createAgreement(vonChef, m, { title: "HEMLIG-UTKAST" });
  const hidden = await insertIndicator(m, draft.id, { name: "HEMLIG-INDIKATOR", target: "1" });
  await insertPeriod(m, draft.id, "2027-Q1", "ACCEPTED");
  await insertReport(m, draft.id, { indicatorId: hidden, period: "2027-Q1", value: "33.333", status: "GREEN" });
  return { id, draftId: draft.id, vonChef, indicatorIds: [satisfaction, waiting] };
}

/** Another municipality's signed agreement with an accepted value of its own. */
export async function otherMunicipality(server: { graphqlUrl: string }) {
  const other = await seedMunicipality();
  const { id } = await createAgreement(await actor(server, other, "von.chef"), other, { title: "Annan kommuns uppdrag" });
  await setAgreementStatus(other, id, "SIGNED");
  const indicator = await insertIndicator(other, id, { name: "Annan kommuns indikator", target: "50" });
  await insertPeriod(other, id, "2027-Q1", "ACCEPTED");
  await insertReport(other, id, {
    indicatorId: indicator,
    period: "2027-Q1",
    value: "44.444",
    status: "RED",
    comment: "HEMLIG annan kommun",
  });
  return other;
}
