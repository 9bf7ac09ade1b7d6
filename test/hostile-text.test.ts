import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { agreementInput, createAgreement, CREATE_AGREEMENT } from "./support/agreements.js";
import { textUpdate } from "./support/approval.js";
import { seedMunicipality } from "./support/factories.js";
import { actor, errorCode, gql, ok } from "./support/graphql.js";
import { asOwner } from "./support/owner.js";
import { useTestServer } from "./support/server.js";
import { collect, wsClient } from "./support/ws.js";

const NUL = "Hem\u0000tjänst";
const LONE_SURROGATE = "Hem\ud800tjänst";

describe("text PostgreSQL cannot store", () => {
  it("is refused with BAD_USER_INPUT naming the field, in every kind of input, and nothing is written", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const count = async () =>
      (await asOwner(m.municipality.id, "SELECT count(*)::int AS n FROM agreement WHERE municipality_id = $1", [m.municipality.id]))[0].n;
    const { id } = await createAgreement(vonChef, m);
    const [section] = ok(await vonChef("query($id: ID!) { agreement(id: $id) { sections { id } } }", { id })).agreement.sections;
    const before = await count();
    for (const bad of [NUL, LONE_SURROGATE]) {
      const created = await vonChef(CREATE_AGREEMENT, { input: agreementInput(m, { title: bad }) });
      expect(errorCode(created)).toBe("BAD_USER_INPUT");
      expect(created.errors![0].extensions).toMatchObject({ field: "input.title" });
      const login = await gql(server, 'mutation($e: String!) { login(email: $e, password: "x") { token } }', { e: `von${bad}@x.se` });
      expect(errorCode(login)).toBe("BAD_USER_INPUT");
      const anonymous = await gql(server, "query($k: String!) { publicAgreements(kommun: $k) { id } }", { k: bad });
      expect(errorCode(anonymous)).toBe("BAD_USER_INPUT");
      // A subscription whose events are built without execution checks its arguments at its start.
      const refused = collect(wsClient(server, vonChef.token), SECTION_UPDATES, { s: section.id, o: bad }, "sectionUpdates");
      await expect(refused.waitFor(() => false)).rejects.toThrow(/BAD_USER_INPUT/);
      refused.stop();
    }
    expect(await count()).toBe(before);
  });
});

describe("a co-editing update carrying text PostgreSQL cannot store", () => {
  it("is refused before it reaches the document, the other editors or the log; the section and its neighbours keep working", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const psChef = await actor(server, m, "ps.chef");
    const { id } = await createAgreement(vonChef, m);
    const sections = ok(await vonChef("query($id: ID!) { agreement(id: $id) { sections { id } } }", { id })).agreement.sections as Array<{
      id: string;
    }>;
    const [first, second] = sections.map((s) => s.id);
    // The other party follows the section; its first edit arriving shows the subscription is live.
    const watcher = collect(wsClient(server, psChef.token), SECTION_UPDATES, { s: first }, "sectionUpdates");
    ok(await vonChef(PUSH, { s: first, u: textUpdate("Första.") }));
    await watcher.waitFor((values) => values.length === 1);

    // (A lone surrogate cannot travel in a Yjs update: its UTF-8 encoding makes it U+FFFD.)
    expect(errorCode(await vonChef(PUSH, { s: first, u: textUpdate(NUL) }))).toBe("BAD_USER_INPUT");
    // Both sections, sharing group commits, still take edits; nothing refused was relayed or stored.
    const [a, b] = await Promise.all([
      vonChef(PUSH, { s: first, u: textUpdate("Giltig text.") }),
      vonChef(PUSH, { s: second, u: textUpdate("Annan text.") }),
    ]);
    expect(ok(a).pushSectionUpdate.seq).toBe(2);
    expect(ok(b).pushSectionUpdate.seq).toBe(1);
    const relayed = await watcher.waitFor((values) => values.length === 2);
    const seen = new Y.Doc();
    for (const u of relayed) Y.applyUpdate(seen, Buffer.from((u as { update: string }).update, "base64"));
    expect(seen.getXmlFragment("content").toString()).not.toContain("\u0000");
    const texts = ok(await vonChef("query($id: ID!) { agreement(id: $id) { sections { text } } }", { id })).agreement.sections.map(
      (s: { text: string }) => s.text,
    );
    expect(texts[0].includes("\u0000") || texts[0].includes("Hem")).toBe(false);
    expect(texts[1]).toBe("Annan text.");
  });
});

const SECTION_UPDATES = "subscription($s: ID!, $o: String) { sectionUpdates(sectionId: $s, afterSeq: 0, origin: $o) { seq update } }";
const PUSH = "mutation($s: ID!, $u: String!) { pushSectionUpdate(sectionId: $s, update: $u) { seq } }";
