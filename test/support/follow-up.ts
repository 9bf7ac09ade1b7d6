import { stockholmDate } from "../../server/validation/meeting-date.js";
import { createAgreement } from "./agreements.js";
import { RECORD, SIGN, SUBMIT, addIndicator, agreeOnBalance, decision, fillRequiredSections } from "./approval.js";
import type { TestMunicipality } from "./factories.js";
import { actor, ok } from "./graphql.js";
import { agreeRequiredSections } from "./section-marks.js";

export const REPORT_FIELDS =
  "id indicatorId period value status comment version reportedBy { email } actionPlan { id status } permissions { canAddActionPlan }";
export const REPORT = `mutation($i: ID!, $p: String!, $v: String!, $c: String) {
  reportIndicator(indicatorId: $i, period: $p, value: $v, comment: $c) { ${REPORT_FIELDS} }
}`;
export const DELIVERY = `mutation($id: ID!, $p: String!, $l: ID!, $v: String!, $c: String!, $comment: String) {
  reportDelivery(agreementId: $id, period: $p, balanceLineId: $l, deliveredVolume: $v, actualCost: $c, comment: $comment) {
    key status deliveries { balanceLine { id } orderedVolume deliveredVolume compensation actualCost }
  }
}`;
export const ADD_PLAN = `mutation($r: ID!, $input: ActionPlanInput!) {
  addActionPlan(reportId: $r, input: $input) { id status version owner { email } steps { id description done } period indicatorName }
}`;
export const UPDATE_PLAN = `mutation($id: ID!, $v: Int!, $s: ActionPlanStatus!) { updateActionPlan(planId: $id, version: $v, status: $s) { id status version doneAt } }`;
export const STEP_DONE = "mutation($id: ID!, $d: Boolean!) { setActionStepDone(stepId: $id, done: $d) { id version steps { id done } } }";
export const ACCEPT = "mutation($id: ID!, $p: String!) { acceptFollowUp(agreementId: $id, period: $p) { id status } }";
export const RETURN =
  "mutation($id: ID!, $p: String!, $r: String!) { returnFollowUp(agreementId: $id, period: $p, remarks: $r) { key status remarks } }";
export const FOLLOW_UP = `query($id: ID!) { agreement(id: $id) { followUp {
  deliveryFrequency dueDays
  periods { key frequency start end dueDate status remarks reports { id value status } deliveries { balanceLine { id } orderedVolume deliveredVolume compensation actualCost }
    permissions { canReport canAccept canReturn } }
  forecast { year start end compensation actualCost forecastCost lines { balanceLine { id } orderedVolume compensation deliveredVolume actualCost coveredDays forecastVolume forecastCost } }
  openActionPlans { id status period indicatorName }
  overdueReports { key }
  permissions { canAddIndicator canReport canReportDelivery canAccept canReturn }
} } }`;

/** This year in the municipal calendar, and the last: the fixtures' periods are relative to the day the tests run. */
export const THIS_YEAR = Number(stockholmDate(new Date()).slice(0, 4));
export const LAST_YEAR = THIS_YEAR - 1;
/** The term of the follow-up fixtures: last year and this, so last year's periods have all ended and this year's last has not. */
export const TERM = { periodStart: `${LAST_YEAR}-01-01`, periodEnd: `${THIS_YEAR}-12-31` };
/** A quarter of last year: ended, within the term. */
export const quarter = (n: number) => `${LAST_YEAR}-Q${n}`;

/**
 * A SIGNED agreement between VON and PS through the API, with the satisfaction indicator (quarterly) and
 * `extra` indicators, and a balance with one scope line (Hemtjänst, 100 brukare × 10 000 kr).
 */
export async function signedAgreement(server: { graphqlUrl: string }, m: TestMunicipality, extra: Array<Record<string, unknown>> = []) {
  const vonChef = await actor(server, m, "von.chef");
  const psChef = await actor(server, m, "ps.chef");
  const { id } = await createAgreement(vonChef, m, { title: "Hemtjänst", ...TERM });
  await fillRequiredSections(vonChef, id);
  for (const overrides of extra) await addIndicator(vonChef, id, overrides);
  await agreeOnBalance(vonChef, psChef, id);
  await agreeRequiredSections(vonChef, psChef, id);
  const hash = ok(await psChef(SUBMIT, { id })).submitForApproval.currentVersion.contentHash as string;
  ok(await (await actor(server, m, "von.sekreterare"))(RECORD, { id, input: decision(m.organs.VON.id) }));
  ok(await (await actor(server, m, "ps.sekreterare"))(RECORD, { id, input: decision(m.organs.PS.id) }));
  ok(await vonChef(SIGN, { id, hash }));
  ok(await psChef(SIGN, { id, hash }));
  const read = ok(
    await vonChef("query($id: ID!) { agreement(id: $id) { status indicators { id name } balance { lines { id kind } } } }", { id }),
  ).agreement;
  return {
    id,
    hash,
    vonChef,
    psChef,
    indicators: read.indicators as Array<{ id: string; name: string }>,
    scopeLine: (read.balance.lines as Array<{ id: string; kind: string }>).find((l) => l.kind === "SCOPE")!.id,
  };
}
