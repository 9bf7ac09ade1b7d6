import { beforeAll, describe, expect, it } from "vitest";
import type { DemoWho } from "../server/seed/municipality-seed.js";
import { ADMIN_CASES } from "./support/admin-matrix.js";
import { FOLLOW_UP_CASES } from "./support/follow-up-matrix.js";
import { agreementInput } from "./support/agreements.js";
import { decision, today } from "./support/approval.js";
import { BALANCE, setAgreementStatus } from "./support/balance.js";
import {
  AGREEMENT_STATES,
  ANONYMOUS_MUTATIONS,
  CHIEFS,
  DISPUTE_STATES,
  DRAFTERS,
  OWN_ACCOUNT_CASES,
  ROLES,
  agreementIn,
  disputeIn,
  fingerprint,
  firstSectionId,
  textUpdate,
  withLines,
  world,
  type Caller,
  type World,
} from "./support/command-matrix.js";
import { seedMunicipality } from "./support/factories.js";
import { asOwner } from "./support/owner.js";
import type { GraphqlResult } from "./support/graphql.js";
import { startTestServer } from "./support/server.js";

/**
 * Every command × role × lifecycle state, against API.md's table (written here from the contract,
 * not from the code): the command is allowed, or refused with FORBIDDEN (the role) before
 * INVALID_STATE (the lifecycle), and a refused command writes nothing. The flag the client reads for
 * it says exactly what the runner allowed.
 */
interface Case {
  /** Who may, in which states (API.md). */
  roles: readonly DemoWho[];
  states: readonly string[];
  /** The states to try (the agreement's, or a dispute's). */
  across?: readonly string[];
  /** Builds what the command acts on, in `state`; returns the mutation's variables and the flag reader. */
  prepare(
    w: World,
    state: string,
  ): Promise<{ run(caller: Caller): Promise<GraphqlResult<unknown>>; flag(caller: Caller): Promise<boolean | null> }>;
}

const AGREEMENT_FLAGS = `query($id: ID!) { agreement(id: $id) {
  permissions { canEdit canSubmitForApproval canSignAgreement canStartAmendment }
  canRaiseDispute historyPermissions { canCreateVersion canRestore }
  sections { editable canComment }
  approvals { organ { shortName } canRecord canCorrect }
  balance { permissions { canEdit canPropose canAgreeBalance } }
  proposals { id permissions { canAccept canReject canCounter } }
} }`;
const DISPUTE_FLAGS = `query($id: ID!) { dispute(id: $id) { permissions {
  canAddPosition canWithdraw canEscalateDispute canAssign canRefer canDecide canSetPriority canConfirmReflected } } }`;

/** A flag the caller reads on the agreement; false when the caller may not even read it. */
const agreementFlag = (id: string, pick: (a: any) => boolean) => async (caller: Caller) => {
  const result = await caller(AGREEMENT_FLAGS, { id });
  return result.errors ? false : pick(result.data!.agreement);
};
const disputeFlag = (id: string, name: string) => async (caller: Caller) => {
  const result = await caller(DISPUTE_FLAGS, { id });
  return result.errors ? false : (result.data!.dispute.permissions[name] as boolean);
};

const mutate = (query: string, variables: Record<string, unknown>) => (caller: Caller) => caller(query, variables);

async function balanceVersion(w: World, id: string): Promise<number> {
  return ((await w.as["von.chef"](BALANCE, { id })).data!.agreement.balance.version as number) ?? 0;
}

const onAgreement =
  (
    query: string,
    variables: (id: string, w: World) => Promise<Record<string, unknown>> | Record<string, unknown>,
    pick: (a: any) => boolean,
    real = false,
  ) =>
  async (w: World, state: string) => {
    const { id, hash } = await agreementIn(w, state, real);
    // A hash of the right shape where there is no frozen version yet, so the lifecycle decides.
    const vars = { id, hash: hash ?? "0".repeat(64), ...(await variables(id, w)) };
    return { run: mutate(query, vars), flag: agreementFlag(id, pick) };
  };

/** Prepares in DRAFT (a line, a comment, a version, a proposal), then moves the agreement to `state`. */
const preparedInDraft =
  (query: string, make: (w: World, id: string) => Promise<Record<string, unknown>>, pick: (a: any) => boolean) =>
  async (w: World, state: string) => {
    const { id } = await agreementIn(w, "DRAFT");
    const vars = { id, ...(await make(w, id)) };
    if (state !== "DRAFT") await setAgreementStatus(w.m, id, state);
    return { run: mutate(query, vars), flag: agreementFlag(id, pick) };
  };

const LINE = { kind: "RESOURCE", description: "Tillägg", amount: "10.00" };
const onDispute = (query: string, variables: (w: World) => Record<string, unknown>, flag: string) => async (w: World, state: string) => {
  const { disputeId } = await disputeIn(w, state);
  return { run: mutate(query, { id: disputeId, ...variables(w) }), flag: disputeFlag(disputeId, flag) };
};
const LEADERSHIP: DemoWho[] = ["kommunledning"];
const QUEUED = ["ESCALATED", "IN_REVIEW", "REFERRED"];

/** The municipality's single sign-on, configured behind the server's back if it is not. */
async function withSingleSignOn(w: World): Promise<number> {
  await asOwner(
    w.m.municipality.id,
    `INSERT INTO oidc_config (municipality_id, issuer, client_id, display_name) VALUES ($1, 'https://login.example.se', 'balans', 'Testkommun')
     ON CONFLICT (municipality_id) DO NOTHING`,
    [w.m.municipality.id],
  );
  return (await asOwner(w.m.municipality.id, "SELECT version FROM oidc_config"))[0].version as number;
}
const ADMINISTRATION = { roles: ["admin"] as DemoWho[], states: AGREEMENT_STATES, across: ["DRAFT"] };
const SSO_INPUT = {
  issuer: "https://login.example.se",
  clientId: "balans",
  displayName: "Testkommun",
  emailDomains: [],
  jitEnabled: false,
};

const CASES: Record<string, Case> = {
  ...OWN_ACCOUNT_CASES,
  createAgreement: {
    roles: DRAFTERS,
    states: AGREEMENT_STATES,
    across: ["DRAFT"],
    prepare: async (w) => ({
      run: mutate("mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { id } }", { input: agreementInput(w.m) }),
      flag: async () => null, // no agreement yet to carry a flag
    }),
  },
  updateAgreement: {
    roles: DRAFTERS,
    states: ["DRAFT"],
    prepare: onAgreement(
      'mutation($id: ID!) { updateAgreement(id: $id, expectedVersion: 1, input: { title: "Ny titel" }) { id } }',
      () => ({}),
      (a) => a.permissions.canEdit,
    ),
  },
  pushSectionUpdate: {
    roles: DRAFTERS,
    states: ["DRAFT"],
    prepare: onAgreement(
      "mutation($s: ID!, $u: String!) { pushSectionUpdate(sectionId: $s, update: $u) { seq } }",
      async (id, w) => ({ s: await firstSectionId(w, id), u: textUpdate("Ny text.") }),
      (a) => a.sections[0].editable,
    ),
  },
  addComment: {
    roles: DRAFTERS,
    states: ["DRAFT"],
    prepare: onAgreement(
      'mutation($s: ID!) { addComment(sectionId: $s, body: "En fråga") { id } }',
      async (id, w) => ({ s: await firstSectionId(w, id) }),
      (a) => a.sections[0].canComment,
    ),
  },
  setCommentResolved: {
    roles: DRAFTERS,
    states: ["DRAFT"],
    prepare: preparedInDraft(
      "mutation($c: ID!) { setCommentResolved(commentId: $c, resolved: true) { id } }",
      async (w, id) => ({
        c: (
          await w.as["von.chef"]('mutation($s: ID!) { addComment(sectionId: $s, body: "Tråd") { id } }', { s: await firstSectionId(w, id) })
        ).data!.addComment.id,
      }),
      (a) => a.sections[0].canComment,
    ),
  },
  createVersion: {
    roles: DRAFTERS,
    states: AGREEMENT_STATES,
    prepare: onAgreement(
      'mutation($id: ID!) { createVersion(agreementId: $id, name: "Läge") { id } }',
      () => ({}),
      (a) => a.historyPermissions.canCreateVersion,
    ),
  },
  restoreVersion: {
    roles: DRAFTERS,
    states: ["DRAFT"],
    prepare: preparedInDraft(
      "mutation($v: ID!) { restoreVersion(versionId: $v) { id } }",
      async (w, id) => ({
        v: (await w.as["von.chef"]('mutation($id: ID!) { createVersion(agreementId: $id, name: "Första") { id } }', { id })).data!
          .createVersion.id,
      }),
      (a) => a.historyPermissions.canRestore,
    ),
  },
  addBalanceLine: {
    roles: DRAFTERS,
    states: ["DRAFT"],
    prepare: onAgreement(
      "mutation($id: ID!, $input: BalanceLineInput!) { addBalanceLine(agreementId: $id, expectedVersion: 0, input: $input) { version } }",
      () => ({ input: LINE }),
      (a) => a.balance.permissions.canEdit,
    ),
  },
  updateBalanceLine: {
    roles: DRAFTERS,
    states: ["DRAFT"],
    prepare: preparedInDraft(
      "mutation($l: ID!, $v: Int!, $input: BalanceLineInput!) { updateBalanceLine(lineId: $l, expectedVersion: $v, input: $input) { version } }",
      async (w, id) => {
        const balance = await withLines(w, id);
        return { l: balance.lines[0].id, v: balance.version, input: LINE };
      },
      (a) => a.balance.permissions.canEdit,
    ),
  },
  removeBalanceLine: {
    roles: DRAFTERS,
    states: ["DRAFT"],
    prepare: preparedInDraft(
      "mutation($l: ID!, $v: Int!) { removeBalanceLine(lineId: $l, expectedVersion: $v) { version } }",
      async (w, id) => {
        const balance = await withLines(w, id);
        return { l: balance.lines[0].id, v: balance.version };
      },
      (a) => a.balance.permissions.canEdit,
    ),
  },
  setCalculationModel: {
    roles: DRAFTERS,
    states: ["DRAFT"],
    prepare: onAgreement(
      'mutation($id: ID!) { setCalculationModel(agreementId: $id, expectedVersion: 0, input: { priorYearCost: "1000.00", volumeChangePercent: 1, efficiencyPercent: 1, indexUpliftPercent: 2 }) { version } }',
      () => ({}),
      (a) => a.balance.permissions.canEdit,
    ),
  },
  proposeBalance: {
    roles: DRAFTERS,
    states: ["DRAFT"],
    prepare: onAgreement(
      "mutation($id: ID!, $input: ProposalInput!) { proposeBalance(agreementId: $id, baseVersion: 0, input: $input) { id } }",
      () => ({ input: { message: "Förslag", changes: [{ op: "ADD", line: LINE }] } }),
      (a) => a.balance.permissions.canPropose,
    ),
  },
  respondToProposal: {
    roles: ["von.chef", "von.handlaggare"],
    states: ["DRAFT"],
    prepare: preparedInDraft(
      'mutation($p: ID!) { respondToProposal(proposalId: $p, response: REJECT, message: "Nej") { id } }',
      async (w, id) => {
        const version = await balanceVersion(w, id);
        const proposal = await w.as["ps.chef"](
          "mutation($id: ID!, $v: Int!, $input: ProposalInput!) { proposeBalance(agreementId: $id, baseVersion: $v, input: $input) { id } }",
          {
            id,
            v: version,
            input: { message: "Förslag", changes: [{ op: "ADD", line: LINE }] },
          },
        );
        return { p: proposal.data!.proposeBalance.id };
      },
      (a) => a.proposals[0].permissions.canReject,
    ),
  },
  agreeBalance: {
    roles: CHIEFS,
    states: ["DRAFT"],
    prepare: preparedInDraft(
      "mutation($id: ID!, $v: Int!) { agreeBalance(agreementId: $id, version: $v) { version } }",
      async (w, id) => ({ v: (await withLines(w, id)).version }),
      (a) => a.balance.permissions.canAgreeBalance,
    ),
  },
  raiseDispute: {
    roles: DRAFTERS,
    states: ["DRAFT", "SIGNED"],
    prepare: onAgreement(
      'mutation($id: ID!) { raiseDispute(input: { agreementId: $id, subject: EKONOMI, description: "Oenighet", position: "Vår syn" }) { id } }',
      () => ({}),
      (a) => a.canRaiseDispute,
    ),
  },
  addDisputePosition: {
    roles: DRAFTERS,
    states: ["OPEN", ...QUEUED],
    across: DISPUTE_STATES,
    prepare: onDispute(
      'mutation($id: ID!) { addDisputePosition(disputeId: $id, position: "Vår syn") { id } }',
      () => ({}),
      "canAddPosition",
    ),
  },
  withdrawDispute: {
    roles: ["von.chef", "von.handlaggare"],
    states: ["OPEN", "ESCALATED"],
    across: DISPUTE_STATES,
    prepare: onDispute("mutation($id: ID!) { withdrawDispute(disputeId: $id) { id } }", () => ({}), "canWithdraw"),
  },
  escalateDispute: {
    roles: CHIEFS,
    states: ["OPEN"],
    across: DISPUTE_STATES,
    prepare: onDispute("mutation($id: ID!) { escalateDispute(disputeId: $id) { id } }", () => ({}), "canEscalateDispute"),
  },
  assignDispute: {
    roles: LEADERSHIP,
    states: QUEUED,
    across: DISPUTE_STATES,
    prepare: onDispute(
      "mutation($id: ID!, $a: ID!) { assignDispute(disputeId: $id, assigneeId: $a) { id } }",
      (w) => ({ a: w.m.users.kommunledning.id }),
      "canAssign",
    ),
  },
  referDispute: {
    roles: LEADERSHIP,
    states: QUEUED,
    across: DISPUTE_STATES,
    prepare: onDispute("mutation($id: ID!) { referDispute(disputeId: $id, body: KOMMUNSTYRELSE) { id } }", () => ({}), "canRefer"),
  },
  decideDispute: {
    roles: LEADERSHIP,
    states: QUEUED,
    across: DISPUTE_STATES,
    prepare: async (w, state) => {
      const { disputeId } = await disputeIn(w, state);
      const input = state === "REFERRED" ? { decision: "Så blir det.", reference: `KS ${today()} § 12` } : { decision: "Så blir det." };
      return {
        run: mutate("mutation($id: ID!, $input: DecisionInput!) { decideDispute(disputeId: $id, input: $input) { id } }", {
          id: disputeId,
          input,
        }),
        flag: disputeFlag(disputeId, "canDecide"),
      };
    },
  },
  confirmDecisionReflected: {
    roles: DRAFTERS,
    states: ["DECIDED"],
    across: DISPUTE_STATES,
    prepare: async (w, state) => {
      const { disputeId } = await disputeIn(w, state, true);
      return {
        run: mutate("mutation($id: ID!) { confirmDecisionReflected(disputeId: $id) { id } }", { id: disputeId }),
        flag: disputeFlag(disputeId, "canConfirmReflected"),
      };
    },
  },
  setDisputePriority: {
    roles: LEADERSHIP,
    states: QUEUED,
    across: DISPUTE_STATES,
    prepare: onDispute("mutation($id: ID!) { setDisputePriority(disputeId: $id, priority: LOW) { id } }", () => ({}), "canSetPriority"),
  },
  submitForApproval: {
    roles: CHIEFS,
    states: ["DRAFT"],
    prepare: onAgreement(
      "mutation($id: ID!) { submitForApproval(agreementId: $id) { id } }",
      () => ({}),
      (a) => a.permissions.canSubmitForApproval,
      true,
    ),
  },
  recordApproval: {
    roles: ["von.sekreterare"],
    states: ["IN_APPROVAL"],
    prepare: onAgreement(
      "mutation($id: ID!, $input: ApprovalInput!) { recordApproval(agreementId: $id, input: $input) { id } }",
      (_id, w) => ({ input: decision(w.m.organs.VON.id) }),
      (a) => a.approvals.find((p: { organ: { shortName: string } }) => p.organ.shortName === "VON")?.canRecord ?? false,
      true,
    ),
  },
  correctApproval: {
    roles: ["von.sekreterare"],
    // Until both have signed, once the committee's decision is recorded: both are, in APPROVED.
    states: ["APPROVED"],
    prepare: onAgreement(
      'mutation($id: ID!, $input: ApprovalInput!) { correctApproval(agreementId: $id, input: $input, reason: "Fel paragraf") { id } }',
      (_id, w) => ({ input: decision(w.m.organs.VON.id, { paragraph: "§ 146" }) }),
      (a) => a.approvals.find((p: { organ: { shortName: string } }) => p.organ.shortName === "VON")?.canCorrect ?? false,
      true,
    ),
  },
  signAgreement: {
    roles: CHIEFS,
    states: ["APPROVED"],
    prepare: onAgreement(
      "mutation($id: ID!, $hash: String!) { signAgreement(agreementId: $id, contentHash: $hash) { id } }",
      () => ({}),
      (a) => a.permissions.canSignAgreement,
      true,
    ),
  },
  configureSingleSignOn: {
    ...ADMINISTRATION,
    prepare: async (w) => ({
      run: mutate("mutation($i: SingleSignOnInput!, $v: Int!) { configureSingleSignOn(input: $i, expectedVersion: $v) { version } }", {
        i: SSO_INPUT,
        v: await withSingleSignOn(w),
      }),
      flag: async () => null, // settings, no agreement: the admin's page shows them to the ADMIN only
    }),
  },
  removeSingleSignOn: {
    ...ADMINISTRATION,
    prepare: async (w) => {
      await withSingleSignOn(w);
      return { run: mutate("mutation { removeSingleSignOn }", {}), flag: async () => null };
    },
  },
  setGroupRoleMappings: {
    ...ADMINISTRATION,
    prepare: async (w) => {
      await withSingleSignOn(w);
      return {
        run: mutate("mutation($m: [GroupRoleMappingInput!]!) { setGroupRoleMappings(mappings: $m) { version } }", {
          m: [{ group: "balans-chefer", organId: w.m.organs.VON.id, role: "FORVALTNINGSCHEF" }],
        }),
        flag: async () => null,
      };
    },
  },
  startAmendment: {
    roles: DRAFTERS,
    states: ["SIGNED"],
    prepare: onAgreement(
      "mutation($id: ID!) { startAmendment(agreementId: $id) { id } }",
      () => ({}),
      (a) => a.permissions.canStartAmendment,
    ),
  },
  ...ADMIN_CASES,
  ...FOLLOW_UP_CASES,
};

describe("every command × role × lifecycle state", () => {
  let w: World;
  beforeAll(async () => {
    const server = await startTestServer();
    w = await world(server, await seedMunicipality());
    return () => server.close();
  });

  it("covers every mutation that changes municipal data", async () => {
    const mutations = (await w.as["von.chef"]("{ __schema { mutationType { fields { name } } } }")).data!.__schema.mutationType.fields.map(
      (f: { name: string }) => f.name,
    );
    // Sign-in and sign-out and the caller's own notifications and presence are no agreement's data and need no role.
    const outside = ["login", "logout", "markNotificationsRead", "updatePresence", ...ANONYMOUS_MUTATIONS];
    expect(mutations.filter((name: string) => !outside.includes(name)).sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const [name, spec] of Object.entries(CASES)) {
    it(name, { timeout: 120_000 }, async () => {
      for (const state of spec.across ?? AGREEMENT_STATES) {
        let target = await spec.prepare(w, state);
        for (const who of ROLES) {
          const caller = w.as[who];
          const expected = !spec.roles.includes(who) ? "FORBIDDEN" : !spec.states.includes(state) ? "INVALID_STATE" : "OK";
          const flag = await target.flag(caller);
          const before = await fingerprint(w);
          const result = await target.run(caller);
          const outcome = result.errors ? result.errors[0].extensions?.code : "OK";
          const where = `${name} as ${who} in ${state}: ${JSON.stringify(result.errors?.[0]?.message ?? "ok")}`;
          expect(outcome, where).toBe(expected);
          if (flag !== null) expect(flag, `flag of ${where}`).toBe(outcome === "OK");
          if (outcome === "OK") target = await spec.prepare(w, state);
          else expect(await fingerprint(w), `nothing written: ${where}`).toEqual(before);
        }
      }
    });
  }
});
