import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { createAgreement } from "./support/agreements.js";
import { setAgreementStatus } from "./support/balance.js";
import { seedMunicipality } from "./support/factories.js";
import { actor, errorCode, ok } from "./support/graphql.js";
import { useTestServer } from "./support/server.js";
import { eventually, ScriptedEditor } from "./support/yjs-client.js";

const SECTIONS = "query($id: ID!) { agreement(id: $id) { sections { id key text seq editable } } }";
const PUSH = "mutation($s: ID!, $u: String!) { pushSectionUpdate(sectionId: $s, update: $u) { seq } }";
const STATE = "query($s: ID!) { sectionState(sectionId: $s) { update seq editable } }";

function updateTyping(text: string): string {
  const doc = new Y.Doc();
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment("content").insert(0, [paragraph]);
  return Buffer.from(Y.encodeStateAsUpdate(doc)).toString("base64");
}

async function setup(overrides = {}) {
  const server = await useTestServer(overrides);
  const m = await seedMunicipality();
  const vonChef = await actor(server, m, "von.chef");
  const psChef = await actor(server, m, "ps.chef");
  const { id } = await createAgreement(vonChef, m);
  const sections = ok(await vonChef(SECTIONS, { id })).agreement.sections as Array<{ id: string; key: string }>;
  return { server, m, vonChef, psChef, agreementId: id, sectionId: sections[1].id };
}

describe("co-editing sync", () => {
  it("relays an edit to the other editor, acknowledges it durably and keeps the plain text", async () => {
    const { server, vonChef, psChef, agreementId, sectionId } = await setup();
    const von = new ScriptedEditor(server, vonChef.token, sectionId);
    const ps = new ScriptedEditor(server, psChef.token, sectionId);
    await von.connect();
    await ps.connect();
    von.type("Hemtjänst i hela kommunen");
    await eventually(() => ps.text === von.text, 5000, "relay");
    await eventually(() => von.unacked.size === 0, 5000, "ack");
    const section = (
      ok(await vonChef(SECTIONS, { id: agreementId })).agreement.sections as Array<{
        id: string;
        text: string;
        seq: number;
        editable: boolean;
      }>
    ).find((s) => s.id === sectionId)!;
    expect(section).toMatchObject({ text: "Hemtjänst i hela kommunen", editable: true });
    expect(section.seq).toBeGreaterThan(0);
    expect(await ScriptedEditor.serverText(server, psChef.token, sectionId)).toBe(von.text);
  });

  it("lets a client that was offline catch up with no gap, and keeps its own offline edits", async () => {
    const { server, vonChef, psChef, sectionId } = await setup();
    const von = new ScriptedEditor(server, vonChef.token, sectionId);
    const ps = new ScriptedEditor(server, psChef.token, sectionId);
    await von.connect();
    await ps.connect();
    von.type("Före. ");
    await eventually(() => ps.text === von.text);
    ps.disconnect();
    for (const word of ["Medan ", "PS ", "var ", "borta. "]) von.type(word);
    ps.type("Offline-text från PS. ", 0);
    await eventually(() => von.unacked.size === 0);
    await ps.connect();
    await eventually(() => ps.text === von.text, 5000, "convergence after reconnect");
    expect(von.text).toContain("Offline-text från PS.");
    expect(von.text).toContain("borta.");
  });

  it("refuses editors without edit rights; the revisor can read", async () => {
    const { server, m, sectionId } = await setup();
    const other = await seedMunicipality();
    const outsider = await actor(server, other, "von.chef");
    const sekreterare = await actor(server, m, "von.sekreterare");
    const revisor = await actor(server, m, "revisor");
    const kunChef = await actor(server, m, "kun.chef");
    const update = updateTyping("Otillåtet");
    expect(errorCode(await outsider(PUSH, { s: sectionId, u: update }))).toBe("NOT_FOUND");
    expect(errorCode(await outsider(STATE, { s: sectionId }))).toBe("NOT_FOUND");
    expect(errorCode(await sekreterare(PUSH, { s: sectionId, u: update }))).toBe("FORBIDDEN");
    expect(errorCode(await revisor(PUSH, { s: sectionId, u: update }))).toBe("FORBIDDEN");
    expect(errorCode(await kunChef(STATE, { s: sectionId }))).toBe("FORBIDDEN");
    expect(ok(await revisor(STATE, { s: sectionId })).sectionState.editable).toBe(false);
    expect(ok(await sekreterare(STATE, { s: sectionId })).sectionState.editable).toBe(false);
  });

  it("refuses a too large update and a malformed one, without touching the stored document", async () => {
    const { server, vonChef, sectionId } = await setup({ maxUpdateBytes: 2048 });
    ok(await vonChef(PUSH, { s: sectionId, u: updateTyping("Giltig text") }));
    const tooLarge = await vonChef(PUSH, { s: sectionId, u: updateTyping("x".repeat(5000)) });
    expect(errorCode(tooLarge)).toBe("BAD_USER_INPUT");
    expect(errorCode(await vonChef(PUSH, { s: sectionId, u: "not base64!" }))).toBe("BAD_USER_INPUT");
    expect(errorCode(await vonChef(PUSH, { s: sectionId, u: Buffer.from([1, 2, 3, 250, 251, 9, 9, 9]).toString("base64") }))).toBe(
      "BAD_USER_INPUT",
    );
    expect(await ScriptedEditor.serverText(server, vonChef.token, sectionId)).toBe("<paragraph>Giltig text</paragraph>");
  });

  it("refuses updates once the agreement is no longer a DRAFT", async () => {
    const { server, m, vonChef, agreementId, sectionId } = await setup();
    ok(await vonChef(PUSH, { s: sectionId, u: updateTyping("I tid") })); // the section is live in memory, as a DRAFT
    // Frozen behind the server's back (approval does it through its own service): the write itself checks.
    await setAgreementStatus(m, agreementId, "IN_APPROVAL");
    const frozen = await vonChef(PUSH, { s: sectionId, u: updateTyping("För sent") });
    expect(errorCode(frozen)).toBe("INVALID_STATE");
    expect(ok(await vonChef(STATE, { s: sectionId })).sectionState.editable).toBe(false);
    expect(await ScriptedEditor.serverText(server, vonChef.token, sectionId)).toBe("<paragraph>I tid</paragraph>");
  });
});
