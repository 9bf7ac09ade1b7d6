import { describe, expect, it } from "vitest";
import { DEFAULT_SECTION_TEMPLATE } from "../server/agreements/agreement.model.js";
import type { DemoWho } from "../server/seed/municipality-seed.js";
import { agreementInput, CREATE_AGREEMENT, createAgreement } from "./support/agreements.js";
import { seedMunicipality } from "./support/factories.js";
import { actor, errorCode, ok } from "./support/graphql.js";
import { useTestServer } from "./support/server.js";

const READ = "query($id: ID!) { agreement(id: $id) { id title permissions { canEdit } } }";
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateAgreementInput!) {
  updateAgreement(id: $id, expectedVersion: $v, input: $input) { title periodStart periodEnd version events { seq type summary actor { email } } }
}`;

// API.md: createAgreement = FORVALTNINGSCHEF or HANDLAGGARE of the purchaser or provider organ;
// read = any role in either party's organ, or KOMMUNLEDNING / REVISOR of the municipality.
const POLICY: Array<{ who: DemoWho; create: boolean; read: boolean }> = [
  { who: "von.chef", create: true, read: true },
  { who: "ps.chef", create: true, read: true },
  { who: "von.handlaggare", create: true, read: true },
  { who: "ps.handlaggare", create: true, read: true },
  { who: "kun.chef", create: false, read: false },
  { who: "von.sekreterare", create: false, read: true },
  { who: "ps.sekreterare", create: false, read: true },
  { who: "kommunledning", create: false, read: true },
  { who: "revisor", create: false, read: true },
  { who: "admin", create: false, read: false },
];

describe("agreements", () => {
  it("creates a draft with a diarienummer and the municipality's template sections", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const created = ok(await vonChef(CREATE_AGREEMENT, { input: agreementInput(m) })).createAgreement;
    expect(created.diarienummer).toMatch(new RegExp(`^VON ${new Date().getFullYear()}/0001$`));
    expect(created.status).toBe("DRAFT");
    expect(created.sections.map((s: { key: string; required: boolean }) => [s.key, s.required])).toEqual(
      DEFAULT_SECTION_TEMPLATE.map((s) => [s.key, s.required]),
    );
  });

  it.each(POLICY)("$who: create $create, read $read", async ({ who, create, read }) => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const { id } = await createAgreement(await actor(server, m, "von.chef"), m);
    const caller = await actor(server, m, who);
    const created = await caller(CREATE_AGREEMENT, { input: agreementInput(m) });
    if (create) ok(created);
    else expect(errorCode(created)).toBe("FORBIDDEN");
    const result = await caller(READ, { id });
    if (read) expect(ok(result).agreement.id).toBe(id);
    else expect(errorCode(result)).toBe("FORBIDDEN");
    const listed = ok(await caller("{ agreements { id } }")).agreements as Array<{ id: string }>;
    expect(listed.some((a) => a.id === id)).toBe(read);
  });

  it("answers NOT_FOUND for another municipality's agreement, exactly as for none", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const other = await seedMunicipality();
    const { id } = await createAgreement(await actor(server, m, "von.chef"), m);
    for (const who of ["von.chef", "kommunledning", "revisor"] as const) {
      const outsider = await actor(server, other, who);
      const foreign = await outsider(READ, { id });
      const missing = await outsider(READ, { id: "00000000-0000-4000-8000-000000000000" });
      expect(errorCode(foreign)).toBe("NOT_FOUND");
      expect(foreign.errors![0].message).toBe(missing.errors![0].message);
      expect(errorCode(await outsider(READ, { id: "not-a-uuid" }))).toBe("NOT_FOUND");
      const listed = ok(await outsider("{ agreements { id } }")).agreements as Array<{ id: string }>;
      expect(listed.map((a) => a.id)).not.toContain(id);
    }
    // Creating with another municipality's organs is as if they did not exist.
    const outsider = await actor(server, other, "von.chef");
    expect(errorCode(await outsider(CREATE_AGREEMENT, { input: agreementInput(m) }))).toBe("NOT_FOUND");
  });

  it("lists agreements of different committees, each row with its own parties", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const von = await createAgreement(await actor(server, m, "von.chef"), m, { title: "Hemtjänst" });
    const kun = await createAgreement(await actor(server, m, "kun.chef"), m, { title: "Fritidshem", purchaserOrganId: m.organs.KUN.id });
    const kommunledning = await actor(server, m, "kommunledning");
    const listed = ok(await kommunledning("{ agreements { id purchaser { shortName } provider { shortName } } }")).agreements;
    expect(listed).toEqual(
      expect.arrayContaining([
        { id: von.id, purchaser: { shortName: "VON" }, provider: { shortName: "PS" } },
        { id: kun.id, purchaser: { shortName: "KUN" }, provider: { shortName: "PS" } },
      ]),
    );
    expect(listed).toHaveLength(2);
  });

  it("gives 20 concurrent creations 20 distinct, consecutive diarienummer", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const callers = await Promise.all([actor(server, m, "von.chef"), actor(server, m, "ps.chef")]);
    const created = await Promise.all(Array.from({ length: 20 }, (_, i) => createAgreement(callers[i % 2], m)));
    const numbers = created.map((a) => a.diarienummer).sort();
    const year = new Date().getFullYear();
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => `VON ${year}/${String(i + 1).padStart(4, "0")}`));
  });

  it("refuses bad input with BAD_USER_INPUT naming the field", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ title: "   " }, "title"],
      [{ periodEnd: "2026-12-31" }, "periodEnd"],
      [{ purchaserOrganId: m.organs.PS.id }, "purchaserOrganId"],
      [{ providerOrganId: m.organs.KUN.id }, "providerOrganId"],
    ];
    for (const [override, field] of cases) {
      const result = await vonChef(CREATE_AGREEMENT, { input: agreementInput(m, override) });
      expect(errorCode(result)).toBe("BAD_USER_INPUT");
      expect(result.errors![0].extensions?.field).toBe(field);
    }
    expect(errorCode(await vonChef(CREATE_AGREEMENT, { input: agreementInput(m, { periodStart: "2027-02-30" }) }))).toBe("BAD_USER_INPUT");
  });

  it("lets the parties change title and period of a draft, one event each, guarded by version", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const psHandlaggare = await actor(server, m, "ps.handlaggare");
    const { id, version } = await createAgreement(vonChef, m);
    const updated = ok(
      await psHandlaggare(UPDATE, { id, v: version, input: { title: "Hemtjänst 2027–2028", periodEnd: "2028-12-31" } }),
    ).updateAgreement;
    expect(updated).toMatchObject({ title: "Hemtjänst 2027–2028", periodEnd: "2028-12-31", version: version + 1 });
    expect(updated.events.map((e: { type: string }) => e.type)).toEqual([
      "agreement.created",
      "agreement.titleChanged",
      "agreement.periodEndChanged",
    ]);
    expect(updated.events[1].actor.email).toBe(m.email("ps.handlaggare"));
    const stale = await vonChef(UPDATE, { id, v: version, input: { title: "Gammal" } });
    expect(errorCode(stale)).toBe("CONFLICT");
    expect(stale.errors![0].extensions?.currentVersion).toBe(version + 1);
    const revisor = await actor(server, m, "revisor");
    expect(errorCode(await revisor(UPDATE, { id, v: version + 1, input: { title: "Revisorn" } }))).toBe("FORBIDDEN");
  });
});
