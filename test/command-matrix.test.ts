import { beforeAll, describe, expect, it } from "vitest";
import { ADMIN_CASES } from "./support/admin-matrix.js";
import { DISPUTE_CASES } from "./support/dispute-matrix.js";
import { balanceVersion, mutate, onAgreement, preparedInDraft, type MatrixCase } from "./support/agreement-matrix.js";
import { SUGGESTION_CASES } from "./support/suggestions-matrix.js";
import { FOLLOW_UP_CASES } from "./support/follow-up-matrix.js";
import { agreementInput } from "./support/agreements.js";
import { decision } from "./support/approval.js";
import {
  AGREEMENT_STATES,
  ANONYMOUS_MUTATIONS,
  CHIEFS,
  DRAFTERS,
  OWN_ACCOUNT_CASES,
  ROLES,
  fingerprint,
  firstSectionId,
  textUpdate,
  withLines,
  world,
  type World,
} from "./support/command-matrix.js";
import { seedMunicipality } from "./support/factories.js";
import { FOLLOW_UP_ANNUAL_CASES } from "./support/follow-up-annual-matrix.js";
import { startTestServer } from "./support/server.js";

/**
 * Every command × role × lifecycle state, against API.md's table (written here from the contract,
 * not from the code): the command is allowed, or refused with FORBIDDEN (the role) before
 * INVALID_STATE (the lifecycle), and a refused command writes nothing. The flag the client reads for
 * it says exactly what the runner allowed.
 */
const LINE = { kind: "RESOURCE", description: "Tillägg", amount: "10.00" };

const CASES: Record<string, MatrixCase> = {
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
  agreeSection: {
    roles: DRAFTERS,
    states: ["DRAFT"],
    prepare: onAgreement(
      "mutation($s: ID!) { agreeSection(sectionId: $s, seq: 0) { id } }",
      async (id, w) => ({ s: await firstSectionId(w, id) }),
      (a) => a.sections[0].canAgreeSection,
    ),
  },
  reopenSection: {
    roles: DRAFTERS,
    states: ["DRAFT"],
    // Marked in DRAFT by one party (there is something to reopen), then moved to `state`.
    prepare: preparedInDraft(
      'mutation($s: ID!) { reopenSection(sectionId: $s, reason: "Vi behöver se över texten") { id } }',
      async (w, id) => {
        const s = await firstSectionId(w, id);
        await w.as["von.chef"]("mutation($s: ID!) { agreeSection(sectionId: $s, seq: 0) { id } }", { s });
        return { s };
      },
      (a) => a.sections[0].canReopenSection,
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
  ...DISPUTE_CASES,
  ...SUGGESTION_CASES,
  ...FOLLOW_UP_CASES,
  ...FOLLOW_UP_ANNUAL_CASES,
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
