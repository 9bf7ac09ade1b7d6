import { describe, expect, it } from "vitest";
import { createAgreement } from "./support/agreements.js";
import { seedMunicipality } from "./support/factories.js";
import { actor, errorCode, ok } from "./support/graphql.js";
import { asOwner } from "./support/owner.js";
import { useTestServer } from "./support/server.js";
import { collect, wsClient } from "./support/ws.js";

const PRESENCE =
  "subscription($id: ID!, $c: String) { presence(agreementId: $id, clientId: $c) { agreementId members { clientId sectionId color cursor user { email } } } }";
const UPDATE =
  "mutation($id: ID!, $c: String!, $s: ID, $cursor: String) { updatePresence(agreementId: $id, clientId: $c, sectionId: $s, cursor: $cursor) }";

type Members = { members: Array<{ clientId: string; sectionId: string | null; cursor: string | null; user: { email: string } }> };

describe("presence", () => {
  it("shows who is in the agreement and where, and drops a member whose connection ends", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const psChef = await actor(server, m, "ps.chef");
    const { id } = await createAgreement(vonChef, m);
    const sectionId = ok(await vonChef("query($id: ID!) { agreement(id: $id) { sections { id } } }", { id })).agreement.sections[2].id;

    const vonSocket = wsClient(server, vonChef.token);
    const seenByVon = collect<Members>(vonSocket, PRESENCE, { id, c: "von-tab" }, "presence");
    await seenByVon.waitFor((v) => v.some((p) => p.members.length === 1));
    const psSocket = wsClient(server, psChef.token);
    const seenByPs = collect<Members>(psSocket, PRESENCE, { id, c: "ps-tab" }, "presence");
    await seenByVon.waitFor((v) => v.some((p) => p.members.length === 2));

    const cursor = JSON.stringify({ anchor: { type: null, tname: "content", item: null, assoc: 0 }, head: null });
    expect(ok(await psChef(UPDATE, { id, c: "ps-tab", s: sectionId, cursor })).updatePresence).toBe(true);
    const withCaret = await seenByVon.waitFor((v) =>
      v.some((p) => p.members.some((x) => x.clientId === "ps-tab" && x.sectionId === sectionId)),
    );
    const ps = withCaret[withCaret.length - 1].members.find((x) => x.clientId === "ps-tab")!;
    expect(ps).toMatchObject({ cursor, user: { email: m.email("ps.chef") } });
    expect(errorCode(await vonChef(UPDATE, { id, c: "ps-tab", s: sectionId }))).toBe("FORBIDDEN"); // not von's client id

    await psSocket.dispose(); // the connection drops
    await seenByVon.waitFor((v) => v[v.length - 1].members.length === 1 && v[v.length - 1].members[0].clientId === "von-tab");
    void seenByPs;
  });

  it("drops members of a server that stopped beating, and keeps other municipalities out", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const other = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const { id } = await createAgreement(vonChef, m);
    const watcher = collect<Members>(wsClient(server, vonChef.token), PRESENCE, { id }, "presence");
    await watcher.waitFor((v) => v.length === 1 && v[0].members.length === 0);
    ok(await vonChef(UPDATE, { id, c: "crashed-tab" }));
    await watcher.waitFor((v) => v[v.length - 1].members.length === 1);
    await asOwner(m.municipality.id, "UPDATE presence SET seen_at = now() - interval '5 minutes' WHERE client_id = 'crashed-tab'");
    await server.services.presence.beat();
    await watcher.waitFor((v) => v[v.length - 1].members.length === 0);

    const outsider = await actor(server, other, "kommunledning");
    expect(errorCode(await outsider(UPDATE, { id, c: "x" }))).toBe("NOT_FOUND");
    const foreign = collect(wsClient(server, outsider.token), PRESENCE, { id }, "presence");
    await expect(foreign.waitFor(() => false, 5000)).rejects.toThrow(/NOT_FOUND/);
  });
});
