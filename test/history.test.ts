import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { createAgreement } from "./support/agreements.js";
import { ADD_LINE, AGREE, addLines, fixedResource, readBalance, scope, setAgreementStatus, UPDATE_LINE } from "./support/balance.js";
import { seedMunicipality } from "./support/factories.js";
import { actor, errorCode, ok } from "./support/graphql.js";
import { asOwner } from "./support/owner.js";
import { useTestServer } from "./support/server.js";
import { eventually, ScriptedEditor } from "./support/yjs-client.js";

const SECTIONS = "query($id: ID!) { agreement(id: $id) { sections { id key text } historyPermissions { canCreateVersion canRestore } } }";
const CREATE =
  "mutation($id: ID!, $n: String!) { createVersion(agreementId: $id, name: $n) { id number name createdBy { email } createdAt } }";
const VERSIONS = "query($id: ID!) { agreement(id: $id) { versions { id number name balance { version lineCount cost compensation } } } }";
const COMPARE = `query($id: ID!, $from: ID!, $to: ID) {
  compareVersions(agreementId: $id, fromVersionId: $from, toVersionId: $to) { sectionKey title changed parts { kind text } } }`;
const RESTORE = "mutation($v: ID!, $bv: Int) { restoreVersion(versionId: $v, expectedBalanceVersion: $bv) { id status } }";
const EVENTS = "query($id: ID!) { agreement(id: $id) { events { type summary } } }";
const ADD_COMMENT =
  "mutation($s: ID!, $b: String!, $a: String, $e: String) { addComment(sectionId: $s, body: $b, anchor: $a, anchorEnd: $e) { id } }";
const COMMENTS = "query($id: ID!) { agreement(id: $id) { sections { key comments { body onDeletedText } } } }";

type Diff = { sectionKey: string; changed: boolean; parts: Array<{ kind: string; text: string }> };
const words = (diff: Diff[], key: string, kind: string) =>
  diff
    .find((d) => d.sectionKey === key)!
    .parts.filter((p) => p.kind === kind)
    .map((p) => p.text.trim());

async function setup() {
  const server = await useTestServer();
  const m = await seedMunicipality();
  const vonChef = await actor(server, m, "von.chef");
  const psChef = await actor(server, m, "ps.chef");
  const { id } = await createAgreement(vonChef, m);
  const data = ok(await vonChef(SECTIONS, { id })).agreement;
  const sectionId = (data.sections as Array<{ id: string; key: string }>).find((s) => s.key === "uppdrag")!.id;
  const von = new ScriptedEditor(server, vonChef.token, sectionId);
  await von.connect();
  const settled = () => eventually(() => von.unacked.size === 0, 5000, "ack");
  return { server, m, vonChef, psChef, agreementId: id, sectionId, von, settled, permissions: data.historyPermissions };
}

describe("history", () => {
  it("creates numbered versions and compares two versions, and a version with now, word by word", async () => {
    const { vonChef, psChef, agreementId, von, settled, permissions } = await setup();
    expect(permissions).toEqual({ canCreateVersion: true, canRestore: true });
    ok(await vonChef(ADD_LINE, { id: agreementId, v: 0, input: fixedResource("Ersättning", "1000000.00") }));
    von.type("Hemtjänst i hela kommunen");
    await settled();
    const first = ok(await vonChef(CREATE, { id: agreementId, n: "  Första utkastet " })).createVersion;
    expect(first).toMatchObject({ number: 1, name: "Första utkastet", createdBy: { email: expect.stringContaining("von.chef") } });

    von.deleteRange(12, 5); // "hela "
    von.type("norra ", 12);
    await settled();
    const second = ok(await psChef(CREATE, { id: agreementId, n: "Andra" })).createVersion;
    expect(second.number).toBe(2);

    const diff = ok(await psChef(COMPARE, { id: agreementId, from: first.id, to: second.id })).compareVersions as Diff[];
    expect(diff).toHaveLength(8);
    expect(diff.filter((d) => d.changed).map((d) => d.sectionKey)).toEqual(["uppdrag"]);
    expect(words(diff, "uppdrag", "REMOVED")).toEqual(["hela"]);
    expect(words(diff, "uppdrag", "ADDED")).toEqual(["norra"]);
    expect(
      diff
        .find((d) => d.sectionKey === "uppdrag")!
        .parts.map((p) => p.text)
        .join(""),
    ).toContain("Hemtjänst i ");

    von.type(" dygnet runt");
    await settled();
    const toNow = ok(await vonChef(COMPARE, { id: agreementId, from: first.id, to: null })).compareVersions as Diff[];
    expect(words(toNow, "uppdrag", "REMOVED")).toEqual(["hela"]);
    expect(words(toNow, "uppdrag", "ADDED").join(" ")).toMatch(/norra.*dygnet runt/);

    const versions = ok(await vonChef(VERSIONS, { id: agreementId })).agreement.versions;
    expect(versions.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    const events = ok(await vonChef(EVENTS, { id: agreementId })).agreement.events.map((e: { type: string }) => e.type);
    expect(events.filter((t: string) => t === "version.created")).toHaveLength(2);
  });

  it("keeps the balance with each version", async () => {
    const { m, vonChef, agreementId } = await setup();
    ok(await vonChef(ADD_LINE, { id: agreementId, v: 0, input: fixedResource("Ersättning", "1250000.00") }));
    const version = ok(await vonChef(CREATE, { id: agreementId, n: "Med balans" })).createVersion;
    const [row] = await asOwner(m.municipality.id, "SELECT balance FROM agreement_snapshot WHERE id = $1", [version.id]);
    expect(row.balance).toMatchObject({
      version: 1,
      lines: [{ kind: "RESOURCE", description: "Ersättning", amount: "1250000.00" }],
      totals: { compensation: "1250000.00" },
    });
  });

  it("restores a version's balance lines on request, against the balance version the caller saw, clearing both marks", async () => {
    const { vonChef, psChef, agreementId } = await setup();
    const before = await addLines(vonChef, agreementId, [scope("Hemtjänst", 100, "12000.00"), fixedResource("Ersättning", "1250000.00")]);
    const version = ok(await vonChef(CREATE, { id: agreementId, n: "Balans A" })).createVersion;
    const [listed] = ok(await psChef(VERSIONS, { id: agreementId })).agreement.versions;
    expect(listed.balance).toEqual({ version: 2, lineCount: 2, cost: "1200000.00", compensation: "1250000.00" });

    const resource = before.lines.find((l) => l.kind === "RESOURCE")!;
    let changed = ok(
      await psChef(UPDATE_LINE, { lineId: resource.id, v: before.version, input: fixedResource("Ersättning", "1300000.00") }),
    ).updateBalanceLine;
    changed = ok(await vonChef(AGREE, { id: agreementId, v: changed.version })).agreeBalance;
    changed = ok(await psChef(AGREE, { id: agreementId, v: changed.version })).agreeBalance;
    expect(changed.status).toBe("AGREED");

    // A stale balance version is refused before anything is restored.
    const stale = await vonChef(RESTORE, { v: version.id, bv: before.version });
    expect(errorCode(stale)).toBe("CONFLICT");
    expect(stale.errors![0]!.extensions!.currentVersion).toBe(changed.version);
    expect((await readBalance(vonChef, agreementId)).totals.compensation).toBe("1300000.00");

    ok(await vonChef(RESTORE, { v: version.id, bv: changed.version }));
    const restored = await readBalance(psChef, agreementId);
    expect(restored).toMatchObject({ version: changed.version + 1, status: "OPEN", agreements: [] });
    expect(
      restored.lines.map(({ kind, description, volume, unitAmount, amount }) => ({ kind, description, volume, unitAmount, amount })),
    ).toEqual(before.lines.map(({ kind, description, volume, unitAmount, amount }) => ({ kind, description, volume, unitAmount, amount })));
    const types = ok(await vonChef(EVENTS, { id: agreementId })).agreement.events.map(
      (e: { type: string; summary: string }) => `${e.type}: ${e.summary}`,
    );
    expect(types).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^balance\.restored: .*version 1 ”Balans A”/),
        expect.stringMatching(/^balance\.marksCleared/),
      ]),
    );

    // Restoring lines equal to the present ones is no change: the version stays, and so would the marks.
    ok(await vonChef(RESTORE, { v: version.id, bv: restored.version }));
    expect((await readBalance(vonChef, agreementId)).version).toBe(restored.version);
  });

  it("restores an old version live for connected editors, with formatting, keeping every version", async () => {
    const { server, vonChef, psChef, agreementId, sectionId, von, settled } = await setup();
    const ps = new ScriptedEditor(server, psChef.token, sectionId);
    await ps.connect();
    von.type("Hemtjänst i hela kommunen");
    von.doc.transact(() => {
      const heading = new Y.XmlElement("heading");
      heading.setAttribute("level", 4 as unknown as string); // y-tiptap keeps numeric attributes
      const text = new Y.XmlText();
      text.insert(0, "Omfattning", { bold: true });
      heading.insert(0, [text]);
      von.doc.getXmlFragment("content").insert(0, [heading]);
    });
    await settled();
    await eventually(() => ps.text === von.text, 5000, "relay");
    const original = von.text;
    const first = ok(await vonChef(CREATE, { id: agreementId, n: "Före omskrivningen" })).createVersion;
    // A comment on "hela kommunen", text that the rewrite below leaves alone.
    const paragraph = (von.doc.getXmlFragment("content").get(1) as Y.XmlElement).get(0) as Y.XmlText;
    const at = (index: number, assoc = 0) =>
      JSON.stringify(Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(paragraph, index, assoc)));
    ok(await vonChef(ADD_COMMENT, { s: sectionId, b: "Hela?", a: at(12), e: at(25, -1) }));

    const fragment = von.doc.getXmlFragment("content");
    fragment.delete(0, 1); // the heading goes
    von.type("Ny text. ", 0);
    await settled();
    const second = ok(await vonChef(CREATE, { id: agreementId, n: "Omskriven" })).createVersion;
    await eventually(() => ps.text === von.text, 5000, "relay");
    expect(ps.text).not.toBe(original);

    const restored = ok(await psChef(RESTORE, { v: first.id })).restoreVersion;
    expect(restored).toMatchObject({ id: agreementId, status: "DRAFT" });
    await eventually(() => ps.text === original && von.text === original, 5000, "restored text reaches both editors");
    expect(original).toContain('<heading level="4"><bold>Omfattning</bold></heading>');
    expect(await ScriptedEditor.serverText(server, vonChef.token, sectionId)).toBe(original);
    const text = ok(await vonChef(SECTIONS, { id: agreementId })).agreement.sections.find((s: { key: string }) => s.key === "uppdrag").text;
    expect(text).toBe("Omfattning\nHemtjänst i hela kommunen");
    // Restore edits in place: the comment's text was never deleted, so it is still anchored.
    const comments = ok(await vonChef(COMMENTS, { id: agreementId })).agreement.sections.find(
      (s: { key: string }) => s.key === "uppdrag",
    ).comments;
    expect(comments).toEqual([{ body: "Hela?", onDeletedText: false }]);

    // Nothing was rewritten: both versions remain, and the next one gets the next number.
    const third = ok(await vonChef(CREATE, { id: agreementId, n: "Efter återställning" })).createVersion;
    expect(third.number).toBe(3);
    const versions = ok(await vonChef(VERSIONS, { id: agreementId })).agreement.versions;
    expect(versions.map((v: { number: number }) => v.number)).toEqual([3, 2, 1]);
    const sinceSecond = ok(await vonChef(COMPARE, { id: agreementId, from: second.id, to: third.id })).compareVersions as Diff[];
    expect(words(sinceSecond, "uppdrag", "REMOVED")).toEqual(["Ny text."]);
    expect(words(sinceSecond, "uppdrag", "ADDED")).toEqual(["Omfattning"]);
    const same = ok(await vonChef(COMPARE, { id: agreementId, from: first.id, to: third.id })).compareVersions as Diff[];
    expect(same.every((d) => !d.changed)).toBe(true);
    const events = ok(await vonChef(EVENTS, { id: agreementId })).agreement.events;
    expect(events.find((e: { type: string }) => e.type === "version.restored").summary).toContain("Före omskrivningen");

    // The editors keep working on top of the restored text.
    ps.type("Tillägg. ", 0);
    await eventually(() => von.text.includes("Tillägg."), 5000, "edit after restore");
  });

  it("lets drafters create versions, restores only into a DRAFT, and keeps other municipalities out", async () => {
    const { server, m, vonChef, agreementId, von, settled } = await setup();
    von.type("Text");
    await settled();
    const version = ok(await vonChef(CREATE, { id: agreementId, n: "Ett" })).createVersion;
    const revisor = await actor(server, m, "revisor");
    const outsider = await actor(server, await seedMunicipality(), "von.chef");
    expect(errorCode(await revisor(CREATE, { id: agreementId, n: "Revision" }))).toBe("FORBIDDEN");
    expect(errorCode(await revisor(RESTORE, { v: version.id }))).toBe("FORBIDDEN");
    expect(ok(await revisor(COMPARE, { id: agreementId, from: version.id })).compareVersions).toHaveLength(8);
    expect(ok(await revisor(SECTIONS, { id: agreementId })).agreement.historyPermissions).toEqual({
      canCreateVersion: false,
      canRestore: false,
    });
    expect(errorCode(await outsider(RESTORE, { v: version.id }))).toBe("NOT_FOUND");
    expect(errorCode(await outsider(COMPARE, { id: agreementId, from: version.id }))).toBe("NOT_FOUND");
    expect(errorCode(await vonChef(CREATE, { id: agreementId, n: "   " }))).toBe("BAD_USER_INPUT");
    expect(errorCode(await vonChef(COMPARE, { id: agreementId, from: "00000000-0000-0000-0000-000000000000" }))).toBe("NOT_FOUND");
    await setAgreementStatus(m, agreementId, "IN_APPROVAL");
    expect(errorCode(await vonChef(RESTORE, { v: version.id }))).toBe("INVALID_STATE");
    expect(ok(await vonChef(CREATE, { id: agreementId, n: "Inskickad" })).createVersion.number).toBe(2);
    await expect(asOwner(m.municipality.id, "UPDATE agreement_snapshot SET name = 'Ändrad' WHERE id = $1", [version.id])).rejects.toThrow(
      /immutable/,
    );
  });
});
