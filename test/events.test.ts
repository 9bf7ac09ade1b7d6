import { describe, expect, it } from "vitest";
import { createAgreement } from "./support/agreements.js";
import { startChildServer } from "./support/child-server.js";
import { seedMunicipality } from "./support/factories.js";
import { actor, ok } from "./support/graphql.js";
import { useTestServer } from "./support/server.js";
import { collect, wsClient } from "./support/ws.js";

const EVENTS =
  "subscription($id: ID!, $after: Int) { agreementEvents(agreementId: $id, afterSeq: $after) { seq type summary actor { email } } }";
const UPDATE =
  "mutation($id: ID!, $v: Int!, $t: String!) { updateAgreement(id: $id, expectedVersion: $v, input: { title: $t }) { version } }";

describe("agreement event spine", () => {
  it("replays after afterSeq and then streams live, with no gap or duplicate at the seam", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const { id } = await createAgreement(vonChef, m);
    let version = 1;
    const rename = async (title: string) => (version = ok(await vonChef(UPDATE, { id, v: version, t: title })).updateAgreement.version);
    for (let i = 0; i < 5; i++) await rename(`Före ${i}`);

    // Subscribe while writes keep coming, so some land during the replay and some after it.
    const subscription = collect(wsClient(server, vonChef.token), EVENTS, { id, after: 2 }, "agreementEvents");
    for (let i = 0; i < 15; i++) await rename(`Under ${i}`);
    const all = await subscription.waitFor((values) => values.some((e) => e.seq === 21));
    expect(all.map((e) => e.seq)).toEqual(Array.from({ length: 19 }, (_, i) => i + 3));
    expect(all[0]).toMatchObject({ type: "agreement.titleChanged", actor: { email: m.email("von.chef") } });
  });

  it("delivers events only to callers who may read the agreement", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const other = await seedMunicipality();
    const { id } = await createAgreement(await actor(server, m, "von.chef"), m);
    const outsider = await actor(server, other, "kommunledning");
    const foreign = collect(wsClient(server, outsider.token), EVENTS, { id, after: 0 }, "agreementEvents");
    await expect(foreign.waitFor(() => false, 5000)).rejects.toThrow(/NOT_FOUND/);
    const anonymous = collect(wsClient(server), EVENTS, { id, after: 0 }, "agreementEvents");
    await expect(anonymous.waitFor(() => false, 5000)).rejects.toThrow(/UNAUTHENTICATED/);
  });

  it("crosses processes: a mutation on one server reaches a subscriber on another", async () => {
    const server = await useTestServer();
    const child = await startChildServer();
    const m = await seedMunicipality();
    const onChild = await actor(child, m, "ps.chef");
    const onParent = await actor(server, m, "von.chef");
    const { id } = await createAgreement(onParent, m);
    const subscription = collect(wsClient(child, onChild.token), EVENTS, { id, after: 0 }, "agreementEvents");
    await subscription.waitFor((values) => values.length === 1); // the replayed creation: the stream is live
    ok(await onParent(UPDATE, { id, v: 1, t: "Ändrad på server A" }));
    const values = await subscription.waitFor((v) => v.length === 2);
    expect(values[1]).toMatchObject({ seq: 2, type: "agreement.titleChanged", actor: { email: m.email("von.chef") } });
    expect(await child.stop("SIGTERM")).toBe(0);
  });
});
