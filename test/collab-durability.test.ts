import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { createAgreement } from "./support/agreements.js";
import { startChildServer } from "./support/child-server.js";
import { seedMunicipality } from "./support/factories.js";
import { actor, gql, ok } from "./support/graphql.js";
import { eventually, ScriptedEditor } from "./support/yjs-client.js";

const STATE = "query($s: ID!) { sectionState(sectionId: $s) { update } }";

async function serverState(server: { graphqlUrl: string }, token: string, sectionId: string): Promise<Uint8Array> {
  return new Uint8Array(Buffer.from(ok(await gql(server, STATE, { s: sectionId }, token)).sectionState.update, "base64"));
}

async function serverDoc(server: { graphqlUrl: string }, token: string, sectionId: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, await serverState(server, token, sectionId));
  return doc;
}

/**
 * Whether the stored state holds every struct of `update`. Structs count whether integrated or still
 * pending (an update acknowledged before an earlier one of the same client arrived waits for it).
 */
function contains(stored: Uint8Array, update: Uint8Array): boolean {
  const ranges = new Map<number, Array<[number, number]>>();
  for (const s of Y.decodeUpdate(stored).structs) {
    if (s instanceof Y.Skip) continue;
    ranges.set(s.id.client, [...(ranges.get(s.id.client) ?? []), [s.id.clock, s.id.clock + s.length]]);
  }
  return Y.decodeUpdate(update)
    .structs.filter((s) => !(s instanceof Y.Skip))
    .every((s) => (ranges.get(s.id.client) ?? []).some(([from, to]) => from <= s.id.clock && s.id.clock + s.length <= to));
}

async function sectionOf(caller: Awaited<ReturnType<typeof actor>>, agreementId: string): Promise<string> {
  return ok(await caller("query($id: ID!) { agreement(id: $id) { sections { id } } }", { id: agreementId })).agreement.sections[1].id;
}

describe("co-editing durability and scale-out", () => {
  it("keeps every acknowledged update when the server is SIGKILLed mid-typing; clients then converge on a new server", async () => {
    const first = await startChildServer();
    const m = await seedMunicipality();
    const callers = await Promise.all((["von.chef", "ps.chef", "ps.handlaggare"] as const).map((who) => actor(first, m, who)));
    const { id } = await createAgreement(callers[0], m);
    const sectionId = await sectionOf(callers[0], id);
    const editors = callers.map((c) => new ScriptedEditor(first, c.token, sectionId));
    await Promise.all(editors.map((e) => e.connect()));

    let typing = true;
    const typists = editors.map(async (editor, i) => {
      for (let n = 0; typing; n++) {
        editor.type(`${"abc"[i]}${n} `);
        await new Promise((r) => setTimeout(r, 3 + i));
      }
    });
    await eventually(() => editors.every((e) => e.acked.length >= 20), 20_000, "some acknowledged updates");
    await first.stop("SIGKILL");
    typing = false;
    await Promise.all(typists);
    for (const editor of editors) editor.disconnect();

    const second = await startChildServer();
    const stored = await serverState(second, callers[0].token, sectionId);
    const acked = editors.flatMap((e) => e.acked);
    expect(acked.length).toBeGreaterThanOrEqual(60);
    expect(acked.filter((u) => !contains(stored, u))).toHaveLength(0);

    await Promise.all(editors.map((e) => e.connect(second)));
    const expected = async () => (await serverDoc(second, callers[0].token, sectionId)).getXmlFragment("content").toString();
    await eventually(
      async () => {
        const text = await expected();
        return editors.every((e) => e.text === text);
      },
      15_000,
      "every client equal to the server",
    );
    expect(editors.every((e) => e.unacked.size === 0)).toBe(true);
    for (const editor of editors) editor.disconnect();
  }, 90_000);

  it("converges across two server processes on one database", async () => {
    const [a, b] = await Promise.all([startChildServer(), startChildServer()]);
    const m = await seedMunicipality();
    const onA = await Promise.all([actor(a, m, "von.chef"), actor(a, m, "von.handlaggare")]);
    const onB = await Promise.all([actor(b, m, "ps.chef"), actor(b, m, "ps.handlaggare")]);
    const { id } = await createAgreement(onA[0], m);
    const sectionId = await sectionOf(onA[0], id);
    const editors = [
      ...onA.map((c) => new ScriptedEditor(a, c.token, sectionId)),
      ...onB.map((c) => new ScriptedEditor(b, c.token, sectionId)),
    ];
    await Promise.all(editors.map((e) => e.connect()));
    await Promise.all(
      editors.map(async (editor, i) => {
        for (let n = 0; n < 25; n++) {
          editor.type(`${i}:${n} `, n % 3 === 0 ? 0 : undefined);
          await new Promise((r) => setTimeout(r, 2));
        }
      }),
    );
    await eventually(() => editors.every((e) => e.unacked.size === 0), 15_000, "all acknowledged");
    await eventually(
      async () => {
        const [onServerA, onServerB] = await Promise.all([serverDoc(a, onA[0].token, sectionId), serverDoc(b, onB[0].token, sectionId)]);
        const text = onServerA.getXmlFragment("content").toString();
        return text === onServerB.getXmlFragment("content").toString() && editors.every((e) => e.text === text);
      },
      15_000,
      "clients on both servers equal to both servers",
    );
    expect(editors[0].text.match(/\d+:\d+/g)).toHaveLength(100);
    for (const editor of editors) editor.disconnect();
  }, 90_000);
});
