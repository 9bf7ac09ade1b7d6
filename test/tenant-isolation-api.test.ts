import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { agreementInput } from "./support/agreements.js";
import { textUpdate, today } from "./support/approval.js";
import { ROLES, fingerprint, type World } from "./support/command-matrix.js";
import type { GraphqlResult } from "./support/graphql.js";
import { argumentsFor, documentFor, fieldsWithIds, liveSchema, withValueAt, type FieldCall } from "./support/schema-calls.js";
import { quarter } from "./support/follow-up.js";
import { startTestServer, type TestServer } from "./support/server.js";
import { tenant, type Tenant } from "./support/tenancy.js";
import { collect, wsClient } from "./support/ws.js";

/**
 * API.md: "A resource of another municipality answers exactly as one that does not exist
 * (NOT_FOUND)." Generated from the live schema, so a new field that takes an id is covered the day it
 * appears (and the test stops, asking what the id names, when it cannot tell).
 */

/** Fields whose ids filter or pick the caller's own rows: a foreign id answers as a missing one, not with an error. */
const FILTERS = new Set(["escalationQueue.assigneeId", "escalationQueue.organId", "markNotificationsRead.ids", "updatePresence.sectionId"]);

/**
 * For each field with more than one id: the caller (of municipality B) and arguments that name B's
 * own rows and would be accepted, so that putting A's id into one place is the only thing wrong.
 */
const OWN: Record<string, { who: keyof World["as"]; args: (b: Tenant) => Record<string, unknown> }> = {
  addComment: { who: "von.chef", args: (b) => ({ sectionId: b.ids.section, parentId: b.ids.comment, body: "Svar" }) },
  // B's own suggestion: production's, in B's first section, decided by the purchaser.
  acceptSuggestion: { who: "von.chef", args: (b) => ({ sectionId: b.ids.section, suggestionId: b.ids.suggestion }) },
  rejectSuggestion: { who: "von.chef", args: (b) => ({ sectionId: b.ids.section, suggestionId: b.secondSuggestion }) },
  addActionPlan: {
    who: "ps.chef",
    args: (b) => ({ reportId: b.followUp.freeReport, input: { description: "Plan", ownerId: b.ids.user, dueDate: "2030-01-31" } }),
  },
  updateIndicator: {
    who: "von.chef",
    args: (b) => ({
      indicatorId: b.followUp.draftIndicator,
      version: 1,
      input: { name: "Nöjdhet", unit: "%", direction: "HIGHER_IS_BETTER", target: "91", frequency: "QUARTERLY", sectionId: b.ids.section },
    }),
  },
  updateActionPlan: {
    who: "ps.chef",
    args: (b) => ({ planId: b.ids.plan, version: 1, status: "IN_PROGRESS", changes: { ownerId: b.ids.user } }),
  },
  reportDelivery: {
    who: "ps.chef",
    args: (b) => ({
      agreementId: b.followUp.followed,
      period: quarter(1),
      balanceLineId: b.followUp.scopeLine,
      deliveredVolume: "2",
      actualCost: "200.00",
    }),
  },
  addIndicator: {
    who: "von.chef",
    args: (b) => ({
      agreementId: b.ids.agreement,
      input: { name: "Nöjdhet", unit: "%", direction: "HIGHER_IS_BETTER", target: "90", frequency: "QUARTERLY", sectionId: b.ids.section },
    }),
  },
  assignDispute: { who: "kommunledning", args: (b) => ({ disputeId: b.ids.dispute, assigneeId: b.ids.user }) },
  compareVersions: {
    who: "von.chef",
    args: (b) => ({ agreementId: b.ids.agreement, fromVersionId: b.ids.version, toVersionId: b.ids.version }),
  },
  createAgreement: { who: "von.chef", args: (b) => ({ input: agreementInput(b.m) }) },
  escalationQueue: { who: "kommunledning", args: (b) => ({ assigneeId: b.ids.user, organId: b.ids.organ }) },
  proposeBalance: {
    who: "von.chef",
    args: (b) => ({
      agreementId: b.ids.agreement,
      baseVersion: b.balanceVersion,
      input: { message: "Motförslag", counterTo: b.ids.proposal, changes: [{ op: "REMOVE", lineId: b.ids.line }] },
    }),
  },
  raiseDispute: {
    who: "von.chef",
    args: (b) => ({
      input: { agreementId: b.ids.agreement, sectionId: b.ids.section, subject: "MAL", description: "Målen", position: "Ändra" },
    }),
  },
  correctApproval: {
    who: "ps.sekreterare",
    args: (b) => ({
      agreementId: b.inApproval,
      input: { organId: b.m.organs.PS.id, decision: "APPROVED", meetingDate: today(), paragraph: "§ 2" },
      reason: "Fel paragraf",
    }),
  },
  recordApproval: {
    who: "von.sekreterare",
    args: (b) => ({
      agreementId: b.inApproval,
      input: { organId: b.ids.organ, decision: "APPROVED", meetingDate: today(), paragraph: "§ 1" },
    }),
  },
  updatePresence: { who: "von.chef", args: (b) => ({ agreementId: b.ids.agreement, clientId: "tenancy", sectionId: b.ids.section }) },
  setAgreementResponsible: {
    who: "von.chef",
    args: (b) => ({ agreementId: b.ids.agreement, party: "PURCHASER", userId: b.m.users["von.handlaggare"].id }),
  },
  setUserRoles: { who: "admin", args: (b) => ({ userId: b.ids.user, roles: [{ role: "KOMMUNLEDNING", organId: b.ids.organ }] }) },
};

/** Valid where a placeholder would be refused first: the id must be what decides. */
const GIVEN = { "pushSectionUpdate.update": textUpdate("Text") };

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** What a caller can tell apart: the code, the message (ids aside), and the data. */
const answer = (result: GraphqlResult<unknown>) => ({
  code: result.errors?.[0]?.extensions?.code ?? null,
  message: result.errors?.[0]?.message.replace(UUID, "<id>") ?? null,
  data: result.data ?? null,
});

function expectNothingOf(a: Tenant, result: unknown, sent: Record<string, unknown>, label: string) {
  const text = JSON.stringify(result);
  const ids = Object.values(a.ids).filter((id) => !JSON.stringify(sent).includes(id));
  for (const secret of [...a.secrets, ...ids, a.inApproval]) expect(text, `${label} leaks ${secret}`).not.toContain(secret);
}

describe("another municipality's ids, through every field of the API that takes one", () => {
  let server: TestServer;
  let a: Tenant;
  let b: Tenant;
  let calls: FieldCall[];

  beforeAll(async () => {
    server = await startTestServer();
    a = await tenant(server);
    b = await tenant(server);
    calls = fieldsWithIds(await liveSchema(server));
    return () => server.close();
  }, 120_000);

  const worldOf = (t: Tenant): World => ({ server, m: t.m, as: t.as });

  it("finds the fields: agreements, sections, lines, proposals, disputes, comments, versions, notifications", () => {
    expect(calls.map((c) => c.name)).toEqual(
      expect.arrayContaining(["agreement", "updateBalanceLine", "respondToProposal", "dispute", "setCommentResolved", "restoreVersion"]),
    );
    expect(calls.map((c) => c.name)).toEqual(expect.arrayContaining(["markNotificationsRead", "sectionState", "sectionUpdates"]));
  });

  it("answers every role of B exactly as for ids that do not exist (NOT_FOUND), and A is neither shown nor changed", async () => {
    const before = await fingerprint(worldOf(a));
    for (const call of calls.filter((c) => c.operation !== "subscription")) {
      const document = documentFor(call);
      const foreign = argumentsFor(call, (slot) => a.ids[slot.kind], GIVEN);
      const missing = argumentsFor(call, () => randomUUID(), GIVEN);
      const filters = call.slots.every((s) => FILTERS.has(`${call.name}.${s.path[0]}`));
      for (const who of ROLES) {
        const label = `${call.name} as ${who} of B`;
        const result = await b.as[who](document, foreign);
        expect(answer(result), label).toEqual(answer(await b.as[who](document, missing)));
        if (!filters) expect(answer(result).code, label).toBe("NOT_FOUND");
        expectNothingOf(a, result, foreign, label);
      }
    }
    expect(await fingerprint(worldOf(a))).toEqual(before);
  }, 180_000);

  it("answers a foreign id among B's own ids as a missing one, wherever it stands; B's own ids alone are accepted", async () => {
    const several = calls.filter((c) => c.operation !== "subscription" && c.slots.length > 1);
    expect(several.map((c) => c.name).sort()).toEqual(Object.keys(OWN).sort());
    const before = await fingerprint(worldOf(a));
    for (const call of several) {
      const { who, args } = OWN[call.name];
      const own = args(b);
      for (const slot of call.slots) {
        const label = `${call.name} with A's ${slot.path.join(".")}`;
        const foreign = withValueAt(own, slot.path, a.ids[slot.kind]);
        const result = await b.as[who](documentFor(call), foreign);
        const missing = await b.as[who](documentFor(call), withValueAt(own, slot.path, randomUUID()));
        expect(answer(result), label).toEqual(answer(missing));
        if (!FILTERS.has(`${call.name}.${slot.path[0]}`)) expect(["NOT_FOUND", "BAD_USER_INPUT"], label).toContain(answer(result).code);
        expectNothingOf(a, result, foreign, label);
      }
    }
    expect(await fingerprint(worldOf(a))).toEqual(before);
    // The same calls with only B's ids go through: the refusals above were the foreign id's doing.
    for (const call of several) {
      const result = await b.as[OWN[call.name].who](documentFor(call), OWN[call.name].args(b));
      expect(result.errors, `${call.name} with B's own ids`).toBeUndefined();
    }
  }, 120_000);

  it("refuses a subscription to A's agreement or section as one to nothing, and gives no event", async () => {
    for (const call of calls.filter((c) => c.operation === "subscription")) {
      for (const ids of [(kind: keyof Tenant["ids"]) => a.ids[kind], () => randomUUID()]) {
        const args = argumentsFor(call, (slot) => ids(slot.kind));
        const sub = collect(wsClient(server, b.as["von.chef"].token), documentFor(call), args, call.name);
        await expect(
          sub.waitFor(() => false, 5000),
          call.name,
        ).rejects.toThrow(/NOT_FOUND/);
        expect(sub.values).toEqual([]);
      }
    }
  });

  it("answers a download of A's frozen version to B's token as one that does not exist", async () => {
    for (const id of [a.inApproval, randomUUID()]) {
      const response = await fetch(`${server.url}/api/agreements/${id}/versions/1.pdf`, {
        headers: { authorization: `Bearer ${b.as["von.chef"].token}` },
      });
      expect(response.status).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
    }
  });
});
