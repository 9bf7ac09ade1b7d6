import { describe, expect, it } from "vitest";
import { AMEND, RECORD, SIGN, SUBMIT, decision, readyDraft, textUpdate } from "./support/approval.js";
import { EVENTS } from "./support/balance.js";
import { DECIDE, ESCALATE, raiseDispute } from "./support/disputes.js";
import { seedMunicipality } from "./support/factories.js";
import { actor, errorCode, ok } from "./support/graphql.js";
import { AGREE_SECTION, sectionStates } from "./support/section-marks.js";
import { useTestServer } from "./support/server.js";

const PUSH = "mutation($s: ID!, $u: String!) { pushSectionUpdate(sectionId: $s, update: $u) { seq } }";
const VERSION = 'mutation($id: ID!) { createVersion(agreementId: $id, name: "Före ändringen") { id } }';
const RESTORE = "mutation($v: ID!) { restoreVersion(versionId: $v) { id } }";

async function events(caller: Awaited<ReturnType<typeof actor>>, id: string) {
  return (ok(await caller(EVENTS, { id })).agreement.events as Array<{ type: string; summary: string }>).filter((e) =>
    e.type.startsWith("section."),
  );
}

describe("restores, amendments and decisions respect agreed clauses", () => {
  it("restoring a version reopens the agreed sections it changes, with the reason 'återställd version', and leaves the others agreed", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const { id, vonChef, psChef } = await readyDraft(server, m); // every required section AGREED
    const [changed, same] = (await sectionStates(vonChef, id)).filter((s) => s.required);
    const version = ok(await vonChef(VERSION, { id })).createVersion.id;
    // The first section is reopened, changed and agreed again; the version holds its earlier text.
    ok(await psChef('mutation($s: ID!) { reopenSection(sectionId: $s, reason: "Ett tillägg") { id } }', { s: changed.id }));
    const { seq } = ok(await psChef(PUSH, { s: changed.id, u: textUpdate("Ett tillägg efter versionen.") })).pushSectionUpdate;
    ok(await vonChef(AGREE_SECTION, { s: changed.id, seq }));
    ok(await psChef(AGREE_SECTION, { s: changed.id, seq }));
    expect((await sectionStates(vonChef, id)).find((s) => s.id === changed.id)!.status).toBe("AGREED");

    ok(await vonChef(RESTORE, { v: version }));
    const after = await sectionStates(vonChef, id);
    const restored = after.find((s) => s.id === changed.id)!;
    expect(restored).toMatchObject({ status: "OPEN", agreedBy: [], editable: true });
    expect(restored.seq).toBeGreaterThan(seq); // the version's text came back, as an edit
    expect(after.find((s) => s.id === same.id)).toMatchObject({ status: "AGREED", editable: false });
    expect((await events(vonChef, id)).at(-1)!.summary).toBe(`Beställaren öppnade avsnittet ”${changed.title}” igen: återställd version`);
  });

  it("a tilläggsuppdrag starts with every section open, its original's stay agreed", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const { id, vonChef, psChef } = await readyDraft(server, m);
    const hash = ok(await vonChef(SUBMIT, { id })).submitForApproval.currentVersion.contentHash;
    ok(await (await actor(server, m, "von.sekreterare"))(RECORD, { id, input: decision(m.organs.VON.id) }));
    ok(await (await actor(server, m, "ps.sekreterare"))(RECORD, { id, input: decision(m.organs.PS.id) }));
    ok(await vonChef(SIGN, { id, hash }));
    ok(await psChef(SIGN, { id, hash }));
    const amendment = ok(await vonChef(AMEND, { id })).startAmendment.id;
    const sections = await sectionStates(vonChef, amendment);
    expect(sections.filter((s) => s.required && s.text !== "")).toHaveLength(sections.filter((s) => s.required).length);
    expect(sections.map((s) => [s.status, s.agreedBy.length, s.editable])).toEqual(sections.map(() => ["OPEN", 0, true]));
    expect((await sectionStates(vonChef, id)).filter((s) => s.required).every((s) => s.status === "AGREED")).toBe(true);
  });

  it("a decision on a section reopens it, so the text can be made to reflect the decision", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const { id, vonChef } = await readyDraft(server, m);
    const kl = await actor(server, m, "kommunledning");
    const section = (await sectionStates(vonChef, id)).find((s) => s.key === "mal")!;
    expect(section.status).toBe("AGREED");
    expect(errorCode(await vonChef(PUSH, { s: section.id, u: textUpdate("Ändras före beslutet") }))).toBe("INVALID_STATE");
    const dispute = await raiseDispute(vonChef, id, { subject: "MAL", sectionId: section.id, description: "Väntetiden" });
    ok(await vonChef(ESCALATE, { id: dispute.id }));
    ok(await kl(DECIDE, { id: dispute.id, input: { decision: "Väntetiden får vara högst fyra månader" } }));
    const after = await sectionStates(vonChef, id);
    expect(after.find((s) => s.id === section.id)).toMatchObject({ status: "OPEN", agreedBy: [], editable: true });
    expect(after.filter((s) => s.required && s.id !== section.id).every((s) => s.status === "AGREED")).toBe(true);
    expect((await events(vonChef, id)).at(-1)!.summary).toBe(
      `Avsnittet ”${section.title}” öppnades igen efter beslutet i tvisten om det, så att texten kan återspegla beslutet`,
    );
    ok(await vonChef(PUSH, { s: section.id, u: textUpdate("Väntetiden är högst fyra månader.") }));
  });
});
