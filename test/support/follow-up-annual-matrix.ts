import type { DemoWho } from "../../server/seed/municipality-seed.js";
import { today } from "./approval.js";
import { AGREEMENT_STATES, agreementIn, type Caller, type World } from "./command-matrix.js";
import { CLASSIFICATION, REPORT } from "./follow-up-annual.js";
import { asOwner } from "./owner.js";

/**
 * Classification and the yearly report in the command matrix (test/command-matrix.test.ts), from the
 * task's table: each side's förvaltningschef names its avtalsansvarig, in any state; the purchaser's
 * drafters assess the impact, its chief marks strategic, in any state; the purchaser's drafters assess
 * a strategic agreement's year once it is SIGNED; the nämnd's secretary records its decision on the
 * report (no agreement: tried in one state).
 */
const VON_DRAFTERS: DemoWho[] = ["von.chef", "von.handlaggare"];

const classificationFlag = (id: string, name: string) => async (caller: Caller) => {
  const result = await caller(CLASSIFICATION, { id });
  return result.errors ? false : (result.data!.agreement.classificationPermissions[name] as boolean);
};

const onAgreement =
  (query: string, variables: (w: World, id: string) => Record<string, unknown>, flag: string) => async (w: World, state: string) => {
    const { id } = await agreementIn(w, state);
    const vars = { id, ...variables(w, id) };
    return { run: (caller: Caller) => caller(query, vars), flag: classificationFlag(id, flag) };
  };

/** The agreements of the matrix run 2027 (test/support/agreements.ts). */
const YEAR = 2027;
/** Each decision needs a year of its own that has ended; counted down from the one before this. */
let decisionYear = Number(today().slice(0, 4));

export const FOLLOW_UP_ANNUAL_CASES = {
  setAgreementResponsible: {
    roles: ["von.chef"] as DemoWho[],
    states: AGREEMENT_STATES,
    prepare: onAgreement(
      "mutation($id: ID!, $u: ID) { setAgreementResponsible(agreementId: $id, party: PURCHASER, userId: $u) { id } }",
      (w) => ({ u: w.m.users["von.handlaggare"].id }),
      "canSetPurchaserResponsible",
    ),
  },
  classifyAgreement: {
    roles: VON_DRAFTERS,
    states: AGREEMENT_STATES,
    prepare: onAgreement(
      "mutation($id: ID!) { classifyAgreement(agreementId: $id, impact: HIGH, version: 1) { id } }",
      () => ({}),
      "canClassify",
    ),
  },
  markStrategic: {
    roles: ["von.chef"] as DemoWho[],
    states: AGREEMENT_STATES,
    // Confirmed: the matrix marks more than ten of VON's agreements for 2027 (test/follow-up-annual.test.ts asks first).
    prepare: onAgreement(
      "mutation($id: ID!) { markStrategic(agreementId: $id, strategic: true, confirmOverTen: true) { id } }",
      () => ({}),
      "canMarkStrategic",
    ),
  },
  assessStrategicAgreement: {
    roles: VON_DRAFTERS,
    states: ["SIGNED"],
    prepare: async (w: World, state: string) => {
      const { id } = await agreementIn(w, state);
      await asOwner(w.m.municipality.id, "UPDATE agreement SET strategic = true WHERE id = $1", [id]);
      return {
        run: (caller: Caller) =>
          caller(
            `mutation($id: ID!, $y: Int!) { assessStrategicAgreement(agreementId: $id, year: $y, expectedVersion: 0,
              input: { requirementsMet: PARTLY, goalEffect: "Målet om trygghet nås delvis." }) { year } }`,
            { id, y: YEAR },
          ),
        flag: async (caller: Caller) => {
          const result = await caller(REPORT, { organ: w.m.organs.VON.id, year: YEAR });
          if (result.errors) return false;
          return result.data!.annualFollowUpReport.agreements.some((a: { id: string; canAssess: boolean }) => a.id === id && a.canAssess);
        },
      };
    },
  },
  recordAnnualReportDecision: {
    roles: ["von.sekreterare"] as DemoWho[],
    states: AGREEMENT_STATES,
    across: ["DRAFT"],
    prepare: async (w: World) => {
      const year = --decisionYear;
      const read = (caller: Caller) => caller(REPORT, { organ: w.m.organs.VON.id, year });
      const hash = (await read(w.as["von.sekreterare"])).data!.annualFollowUpReport.contentHash as string;
      return {
        run: (caller: Caller) =>
          caller(
            `mutation($o: ID!, $y: Int!, $h: String!, $d: Date!) { recordAnnualReportDecision(organId: $o, year: $y, contentHash: $h,
              input: { meetingDate: $d, paragraph: "§ 41" }) { year } }`,
            { o: w.m.organs.VON.id, y: year, h: hash, d: today() },
          ),
        flag: async (caller: Caller) => {
          const result = await read(caller);
          return result.errors ? false : (result.data!.annualFollowUpReport.canRecordDecision as boolean);
        },
      };
    },
  },
};
