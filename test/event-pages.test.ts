import { describe, expect, it } from "vitest";
import { createAgreement } from "./support/agreements.js";
import { seedMunicipality } from "./support/factories.js";
import { actor, ok } from "./support/graphql.js";
import { useTestServer } from "./support/server.js";

const PAGE =
  "query($id: ID!, $last: Int, $before: Int) { agreement(id: $id) { events(last: $last, beforeSeq: $before) { seq type actor { name email } } } }";
const UPDATE =
  "mutation($id: ID!, $v: Int!, $t: String!) { updateAgreement(id: $id, expectedVersion: $v, input: { title: $t }) { version } }";

describe("the event log read backwards (the workspace's history)", () => {
  it("gives the newest `last` before `beforeSeq`, oldest first, each with its actor", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const { id } = await createAgreement(vonChef, m);
    let version = 1;
    for (let i = 0; i < 6; i++) version = ok(await vonChef(UPDATE, { id, v: version, t: `Titel ${i}` })).updateAgreement.version;
    type Events = { agreement: { events: Array<{ seq: number; type: string; actor: { name: string; email: string } | null }> } };
    const page = async (last: number | null, before: number | null) =>
      ok(await vonChef<Events>(PAGE, { id, last, before })).agreement.events;

    const newest = await page(3, null);
    expect(newest.map((e) => e.seq)).toEqual([5, 6, 7]);
    for (const event of newest) expect(event).toMatchObject({ type: "agreement.titleChanged", actor: { email: m.email("von.chef") } });
    expect((await page(2, 5)).map((e) => e.seq)).toEqual([3, 4]);
    expect((await page(10, 3)).map((e) => e.seq)).toEqual([1, 2]);
    expect((await page(null, 2)).map((e) => e.seq)).toEqual([1]);
    expect(await page(5, 1)).toEqual([]);
  });
});
