import type { DemoWho } from "../../server/seed/municipality-seed.js";
import { createAgreement } from "./agreements.js";
import { addIndicator } from "./approval.js";
import { addLines, fixedResource, scope, setAgreementStatus } from "./balance.js";
import { DRAFTERS, type Caller, type World } from "./command-matrix.js";
import { ADD_PLAN, REPORT, TERM, quarter } from "./follow-up.js";
import { ok } from "./graphql.js";

/**
 * The follow-up's commands in the command matrix (test/command-matrix.test.ts), from API.md's table:
 * indicators by either party's drafters in DRAFT; reports, deliveries and action plans by the provider's
 * drafters on a SIGNED agreement; acceptance by the purchaser's förvaltningschef, return by the purchaser's
 * drafters. What a case acts on is made through the API while the agreement can have it (indicators in
 * DRAFT, values once SIGNED), and the agreement is then moved to the state tried, behind the API's back.
 */
const PROVIDER: DemoWho[] = ["ps.chef", "ps.handlaggare"];

const FLAGS = `query($id: ID!) { agreement(id: $id) {
  indicators { permissions { canEdit canRemove canReport } reports { permissions { canAddActionPlan } actionPlan { permissions { canUpdate } } } }
  followUp { periods { key permissions { canReport canAccept canReturn } } permissions { canAddIndicator canReportDelivery } }
} }`;

const flag = (id: string, pick: (a: any) => boolean) => async (caller: Caller) => {
  const result = await caller(FLAGS, { id });
  return result.errors ? false : pick(result.data!.agreement);
};

interface Made {
  id: string;
  indicator: string;
  line: string;
}

/** A DRAFT over the fixtures' term with one indicator and a scope line. */
async function draft(w: World): Promise<Made> {
  const vonChef = w.as["von.chef"];
  const { id } = await createAgreement(vonChef, w.m, TERM);
  const indicator = await addIndicator(vonChef, id);
  const balance = await addLines(vonChef, id, [scope("Hemtjänst", 100, "10000.00"), fixedResource("Ersättning", "1000000.00")]);
  return { id, indicator, line: balance.lines.find((l) => l.kind === "SCOPE")!.id };
}

/** Made in DRAFT (and, with `signed`, reported on once SIGNED), then moved to `state`. */
const prepared = (
  query: string,
  roles: readonly DemoWho[],
  states: readonly string[],
  pick: (a: any) => boolean,
  make: (w: World, made: Made) => Promise<Record<string, unknown>>,
  signed = false,
) =>
  ({
    roles,
    states,
    prepare: async (w: World, state: string) => {
      const made = await draft(w);
      if (signed) await setAgreementStatus(w.m, made.id, "SIGNED");
      const vars = { id: made.id, ...(await make(w, made)) };
      if (state !== (signed ? "SIGNED" : "DRAFT")) await setAgreementStatus(w.m, made.id, state);
      return { run: (caller: Caller) => caller(query, vars), flag: flag(made.id, pick) };
    },
  }) as const;

const report = async (w: World, made: Made, value: string) =>
  ok(await w.as["ps.chef"](REPORT, { i: made.indicator, p: quarter(1), v: value })).reportIndicator.id as string;

const plan = async (w: World, made: Made) =>
  ok(
    await w.as["ps.chef"](ADD_PLAN, {
      r: await report(w, made, "70"),
      input: { description: "Åtgärda", ownerId: w.m.users["ps.chef"].id, dueDate: "2027-03-31", steps: ["Steg ett"] },
    }),
  ).addActionPlan as { id: string; version: number; steps: Array<{ id: string }> };

const INDICATOR = { name: "Väntetid", unit: "dagar", direction: "LOWER_IS_BETTER", target: "10", frequency: "MONTHLY" };
const period = (a: any, key = quarter(1)) => a.followUp.periods.find((p: { key: string }) => p.key === key).permissions;

export const FOLLOW_UP_CASES = {
  addIndicator: prepared(
    "mutation($id: ID!, $input: IndicatorInput!) { addIndicator(agreementId: $id, input: $input) { id } }",
    DRAFTERS,
    ["DRAFT"],
    (a) => a.followUp.permissions.canAddIndicator,
    async () => ({ input: INDICATOR }),
  ),
  updateIndicator: prepared(
    "mutation($i: ID!, $input: IndicatorInput!) { updateIndicator(indicatorId: $i, version: 1, input: $input) { id } }",
    DRAFTERS,
    ["DRAFT"],
    (a) => a.indicators[0].permissions.canEdit,
    async (_w, made) => ({ i: made.indicator, input: INDICATOR }),
  ),
  removeIndicator: prepared(
    "mutation($i: ID!) { removeIndicator(indicatorId: $i, version: 1) { id } }",
    DRAFTERS,
    ["DRAFT"],
    (a) => a.indicators[0].permissions.canRemove,
    async (_w, made) => ({ i: made.indicator }),
  ),
  reportIndicator: prepared(
    'mutation($i: ID!, $p: String!) { reportIndicator(indicatorId: $i, period: $p, value: "92") { id } }',
    PROVIDER,
    ["SIGNED"],
    (a) => a.indicators[0].permissions.canReport && period(a).canReport,
    async (_w, made) => ({ i: made.indicator, p: quarter(1) }),
  ),
  reportDelivery: prepared(
    'mutation($id: ID!, $l: ID!, $p: String!) { reportDelivery(agreementId: $id, period: $p, balanceLineId: $l, deliveredVolume: "24.5", actualCost: "250000.00") { key } }',
    PROVIDER,
    ["SIGNED"],
    (a) => a.followUp.permissions.canReportDelivery,
    async (_w, made) => ({ l: made.line, p: quarter(1) }),
  ),
  addActionPlan: prepared(
    "mutation($r: ID!, $input: ActionPlanInput!) { addActionPlan(reportId: $r, input: $input) { id } }",
    PROVIDER,
    ["SIGNED"],
    (a) => a.indicators[0].reports[0].permissions.canAddActionPlan,
    async (w, made) => ({
      r: await report(w, made, "70"),
      input: { description: "Åtgärda", ownerId: w.m.users["ps.handlaggare"].id, dueDate: "2027-03-31" },
    }),
    true,
  ),
  updateActionPlan: prepared(
    "mutation($p: ID!, $v: Int!) { updateActionPlan(planId: $p, version: $v, status: IN_PROGRESS) { id } }",
    PROVIDER,
    ["SIGNED"],
    (a) => a.indicators[0].reports[0].actionPlan.permissions.canUpdate,
    async (w, made) => {
      const { id, version } = await plan(w, made);
      return { p: id, v: version };
    },
    true,
  ),
  setActionStepDone: prepared(
    "mutation($s: ID!) { setActionStepDone(stepId: $s, done: true) { id } }",
    PROVIDER,
    ["SIGNED"],
    (a) => a.indicators[0].reports[0].actionPlan.permissions.canUpdate,
    async (w, made) => ({ s: (await plan(w, made)).steps[0].id }),
    true,
  ),
  acceptFollowUp: prepared(
    "mutation($id: ID!, $p: String!) { acceptFollowUp(agreementId: $id, period: $p) { id } }",
    ["von.chef"],
    ["SIGNED"],
    (a) => period(a).canAccept,
    async (w, made) => ({ r: await report(w, made, "95"), p: quarter(1) }),
    true,
  ),
  returnFollowUp: prepared(
    'mutation($id: ID!, $p: String!) { returnFollowUp(agreementId: $id, period: $p, remarks: "Komplettera analysen") { key } }',
    ["von.chef", "von.handlaggare"],
    ["SIGNED"],
    (a) => period(a).canReturn,
    async (w, made) => ({ r: await report(w, made, "95"), p: quarter(1) }),
    true,
  ),
};
