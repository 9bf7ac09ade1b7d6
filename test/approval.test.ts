import { describe, expect, it } from "vitest";
import type { DemoWho } from "../server/seed/municipality-seed.js";
import { createAgreement } from "./support/agreements.js";
import { AGREEMENT_STATE, AMEND, PERMISSIONS, RECORD, SIGN, SUBMIT, decision, readyDraft, textUpdate } from "./support/approval.js";
import { EVENTS, readBalance } from "./support/balance.js";
import { seedMunicipality } from "./support/factories.js";
import { actor, errorCode, ok } from "./support/graphql.js";
import { useTestServer } from "./support/server.js";

const PUSH = "mutation($s: ID!, $u: String!) { pushSectionUpdate(sectionId: $s, update: $u) { seq } }";

describe("approval and signing", () => {
  it("refuses to submit an unready draft, listing every reason", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const { id } = await createAgreement(vonChef, m);
    const result = await vonChef(SUBMIT, { id });
    expect(errorCode(result)).toBe("INVALID_STATE");
    const { reasons, gaps } = result.errors![0].extensions! as { reasons: string[]; gaps: Array<{ kind: string; section?: string }> };
    expect(reasons.some((r) => r.includes("balansen"))).toBe(true);
    expect(reasons.filter((r) => r.startsWith("avsnittet"))).toHaveLength(6);
    // The same gaps as data, for the client to word in its language; the stepper shows them too.
    expect(gaps.map((g) => g.kind)).toEqual(["BALANCE_NOT_SETTLED", ...Array(6).fill("EMPTY_SECTION"), "NO_INDICATOR"]);
    expect(reasons.at(-1)).toBe("överenskommelsen har ingen indikator för uppföljningen");
    expect(reasons[1]).toBe(`avsnittet ”${gaps[1]!.section}” är tomt`);
    const missing = ok(await vonChef(AGREEMENT_STATE, { id })).agreement.missingForNextStep;
    expect(missing).toEqual(gaps.map((g) => ({ count: null, section: null, organ: null, party: null, ...g })));
  });

  it("runs the whole lifecycle: submit freezes, committees approve, both chiefs sign", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const { id, vonChef, psChef } = await readyDraft(server, m);
    const submitted = ok(await psChef(SUBMIT, { id })).submitForApproval;
    expect(submitted.status).toBe("IN_APPROVAL");
    expect(submitted.currentVersion).toMatchObject({ number: 1, contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const hash = submitted.currentVersion.contentHash;

    // Frozen: neither the text nor the title can change now.
    const sectionId = ok(await vonChef("query($id: ID!) { agreement(id: $id) { sections { id } } }", { id })).agreement.sections[0].id;
    expect(errorCode(await vonChef(PUSH, { s: sectionId, u: textUpdate("sent") }))).toBe("INVALID_STATE");
    expect(
      errorCode(
        await vonChef('mutation($id: ID!) { updateAgreement(id: $id, expectedVersion: 99, input: { title: "x" }) { id } }', { id }),
      ),
    ).toBe("INVALID_STATE");
    expect(errorCode(await vonChef(SIGN, { id, hash }))).toBe("INVALID_STATE"); // not before both approvals
    const pending = ok(await vonChef(AGREEMENT_STATE, { id })).agreement.missingForNextStep;
    expect(pending.map((g: { kind: string; organ: string }) => [g.kind, g.organ]).sort()).toEqual(
      [m.organs.PS.name, m.organs.VON.name].sort().map((organ) => ["COMMITTEE_DECISION", organ]),
    );

    const vonSekr = await actor(server, m, "von.sekreterare");
    const psSekr = await actor(server, m, "ps.sekreterare");
    expect(ok(await vonSekr("{ approvalQueue { id } }")).approvalQueue.map((a: { id: string }) => a.id)).toEqual([id]);
    expect(ok(await vonSekr("{ notifications { kind agreementId } }")).notifications).toEqual([
      { kind: "approval.requested", agreementId: id },
    ]);
    expect(errorCode(await vonSekr(RECORD, { id, input: decision(m.organs.PS.id) }))).toBe("FORBIDDEN");
    expect(ok(await vonSekr(RECORD, { id, input: decision(m.organs.VON.id, { paragraph: "123" }) })).recordApproval.status).toBe(
      "IN_APPROVAL",
    );
    expect(ok(await psSekr(RECORD, { id, input: decision(m.organs.PS.id) })).recordApproval.status).toBe("APPROVED");
    expect(ok(await vonSekr("{ approvalQueue { id } }")).approvalQueue).toEqual([]);

    const wrong = await vonChef(SIGN, { id, hash: "0".repeat(64) });
    expect(errorCode(wrong)).toBe("CONFLICT");
    expect(ok(await vonChef(SIGN, { id, hash })).signAgreement.status).toBe("APPROVED");
    expect(ok(await vonChef(AGREEMENT_STATE, { id })).agreement.missingForNextStep).toEqual([
      { kind: "SIGNATURE", party: "PROVIDER", count: null, section: null, organ: null },
    ]);
    expect(errorCode(await vonChef(SIGN, { id, hash }))).toBe("INVALID_STATE"); // each party once
    expect(ok(await psChef(SIGN, { id, hash })).signAgreement.status).toBe("SIGNED");

    const state = ok(await vonChef(AGREEMENT_STATE, { id })).agreement;
    expect(state.approvals.map((a: { paragraph: string; decision: string }) => [a.decision, a.paragraph]).sort()).toEqual([
      ["APPROVED", "§ 123"],
      ["APPROVED", "§ 145"],
    ]);
    expect(state.signatures.map((s: { party: string; contentHash: string }) => [s.party, s.contentHash]).sort()).toEqual([
      ["PROVIDER", hash],
      ["PURCHASER", hash],
    ]);
    expect(state.missingForNextStep).toEqual([]);
  });

  it("återremiss sends the draft back with the remarks visible; a new submission freezes a new version", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const { id, vonChef } = await readyDraft(server, m);
    ok(await vonChef(SUBMIT, { id }));
    const psSekr = await actor(server, m, "ps.sekreterare");
    expect(errorCode(await psSekr(RECORD, { id, input: decision(m.organs.PS.id, { decision: "RETURNED" }) }))).toBe("BAD_USER_INPUT");
    const returned = ok(
      await psSekr(RECORD, { id, input: decision(m.organs.PS.id, { decision: "RETURNED", remarks: "Förtydliga uppföljningen" }) }),
    );
    expect(returned.recordApproval.status).toBe("DRAFT");
    const state = ok(await vonChef(AGREEMENT_STATE, { id })).agreement;
    expect(state.approvals.find((a: { decision: string }) => a.decision === "RETURNED").remarks).toBe("Förtydliga uppföljningen");
    const again = ok(await vonChef(SUBMIT, { id })).submitForApproval;
    expect(again.currentVersion.number).toBe(2);
  });

  // API.md: submit and sign are FORVALTNINGSCHEF of a party; recordApproval the NAMNDSEKRETERARE of that organ.
  const ROLES: Array<{ who: DemoWho; submit: string; record: string; sign: string }> = [
    { who: "von.chef", submit: "ok", record: "FORBIDDEN", sign: "ok" },
    { who: "ps.chef", submit: "ok", record: "FORBIDDEN", sign: "ok" },
    { who: "von.handlaggare", submit: "FORBIDDEN", record: "FORBIDDEN", sign: "FORBIDDEN" },
    { who: "ps.handlaggare", submit: "FORBIDDEN", record: "FORBIDDEN", sign: "FORBIDDEN" },
    { who: "kun.chef", submit: "FORBIDDEN", record: "FORBIDDEN", sign: "FORBIDDEN" },
    { who: "von.sekreterare", submit: "FORBIDDEN", record: "ok", sign: "FORBIDDEN" },
    { who: "ps.sekreterare", submit: "FORBIDDEN", record: "FORBIDDEN", sign: "FORBIDDEN" },
    { who: "kommunledning", submit: "FORBIDDEN", record: "FORBIDDEN", sign: "FORBIDDEN" },
    { who: "revisor", submit: "FORBIDDEN", record: "FORBIDDEN", sign: "FORBIDDEN" },
    { who: "admin", submit: "FORBIDDEN", record: "FORBIDDEN", sign: "FORBIDDEN" },
  ];
  it.each(ROLES)("$who: submit $submit, record VON's decision $record, sign $sign", async ({ who, submit, record, sign }) => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const { id, vonChef } = await readyDraft(server, m);
    const caller = await actor(server, m, who);
    const submitted = await caller(SUBMIT, { id });
    if (submit === "ok") ok(submitted);
    else {
      expect(errorCode(submitted)).toBe(submit);
      ok(await vonChef(SUBMIT, { id }));
    }
    const recorded = await caller(RECORD, { id, input: decision(m.organs.VON.id) });
    if (record === "ok") ok(recorded);
    else {
      expect(errorCode(recorded)).toBe(record);
      ok(await (await actor(server, m, "von.sekreterare"))(RECORD, { id, input: decision(m.organs.VON.id) }));
    }
    ok(await (await actor(server, m, "ps.sekreterare"))(RECORD, { id, input: decision(m.organs.PS.id) }));
    const hash = ok(await vonChef(AGREEMENT_STATE, { id })).agreement.currentVersion.contentHash;
    const signed = await caller(SIGN, { id, hash });
    if (sign === "ok") expect(ok(signed).signAgreement.status).toBe("APPROVED");
    else expect(errorCode(signed)).toBe(sign);
  });

  it("keeps another municipality out entirely", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const other = await seedMunicipality();
    const { id } = await readyDraft(server, m);
    const outsider = await actor(server, other, "von.chef");
    expect(errorCode(await outsider(SUBMIT, { id }))).toBe("NOT_FOUND");
    expect(errorCode(await outsider(SIGN, { id, hash: "0".repeat(64) }))).toBe("NOT_FOUND");
  });

  it("flags each step for whoever may take it now, from the commands' declarations", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const { id, vonChef, psChef } = await readyDraft(server, m);
    const vonHandlaggare = await actor(server, m, "von.handlaggare");
    const vonSekr = await actor(server, m, "von.sekreterare");
    const flags = async (caller: typeof vonChef) => ok(await caller(PERMISSIONS, { id })).agreement;
    const none = { canEdit: false, canSubmitForApproval: false, canSignAgreement: false, canStartAmendment: false };

    expect((await flags(vonChef)).permissions).toEqual({ ...none, canEdit: true, canSubmitForApproval: true, party: "PURCHASER" });
    expect((await flags(vonHandlaggare)).permissions).toEqual({ ...none, canEdit: true, party: "PURCHASER" });
    expect((await flags(vonSekr)).permissions).toEqual({ ...none, party: null });

    const hash = ok(await vonChef(SUBMIT, { id })).submitForApproval.currentVersion.contentHash;
    expect((await flags(vonChef)).permissions).toEqual({ ...none, party: "PURCHASER" });
    const canRecord = async (caller: typeof vonChef) =>
      Object.fromEntries(
        (await flags(caller)).approvals.map((a: { organ: { shortName: string }; canRecord: boolean }) => [a.organ.shortName, a.canRecord]),
      );
    expect(await canRecord(vonSekr)).toEqual({ VON: true, PS: false });
    expect(await canRecord(vonChef)).toEqual({ VON: false, PS: false });
    ok(await vonSekr(RECORD, { id, input: decision(m.organs.VON.id) }));
    expect(await canRecord(vonSekr)).toEqual({ VON: false, PS: false });
    ok(await (await actor(server, m, "ps.sekreterare"))(RECORD, { id, input: decision(m.organs.PS.id) }));

    expect((await flags(vonChef)).permissions.canSignAgreement).toBe(true);
    expect((await flags(vonHandlaggare)).permissions.canSignAgreement).toBe(false);
    ok(await vonChef(SIGN, { id, hash }));
    expect((await flags(vonChef)).permissions.canSignAgreement).toBe(false); // its party has signed
    expect((await flags(psChef)).permissions.canSignAgreement).toBe(true);
    ok(await psChef(SIGN, { id, hash }));
    expect((await flags(vonHandlaggare)).permissions).toEqual({ ...none, canStartAmendment: true, party: "PURCHASER" });
    expect((await flags(vonSekr)).permissions.canStartAmendment).toBe(false);
  });

  it("starts a tilläggsuppdrag from a signed agreement: a new DRAFT with its text and balance, in one step", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const { id, vonChef, psChef } = await readyDraft(server, m);
    const vonHandlaggare = await actor(server, m, "von.handlaggare");
    expect(errorCode(await vonHandlaggare(AMEND, { id }))).toBe("INVALID_STATE"); // not signed yet
    const hash = ok(await vonChef(SUBMIT, { id })).submitForApproval.currentVersion.contentHash;
    ok(await (await actor(server, m, "von.sekreterare"))(RECORD, { id, input: decision(m.organs.VON.id) }));
    ok(await (await actor(server, m, "ps.sekreterare"))(RECORD, { id, input: decision(m.organs.PS.id) }));
    ok(await vonChef(SIGN, { id, hash }));
    ok(await psChef(SIGN, { id, hash }));
    expect(errorCode(await (await actor(server, m, "von.sekreterare"))(AMEND, { id }))).toBe("FORBIDDEN");

    const amendment = ok(await vonHandlaggare(AMEND, { id })).startAmendment;
    expect(amendment).toMatchObject({ kind: "TILLAGGSUPPDRAG", status: "DRAFT", amends: { id } });
    expect(amendment.diarienummer).toMatch(/^VON \d{4}\/0002$/);
    const texts = async (agreementId: string) =>
      ok(await vonChef("query($id: ID!) { agreement(id: $id) { sections { key text } } }", { id: agreementId })).agreement.sections;
    expect(await texts(amendment.id)).toEqual(await texts(id));
    const lines = async (agreementId: string) =>
      (await readBalance(vonChef, agreementId)).lines.map((l: { description: string; amount: string }) => [l.description, l.amount]);
    expect(await lines(amendment.id)).toEqual(await lines(id));
    expect((await readBalance(vonChef, amendment.id)).status).toBe("OPEN");

    const types = async (agreementId: string) =>
      ok(await vonChef(EVENTS, { id: agreementId })).agreement.events.map((e: { type: string }) => e.type);
    expect(await types(amendment.id)).toEqual(["agreement.created"]);
    expect((await types(id)).at(-1)).toBe("agreement.amendmentStarted");
  });
});
