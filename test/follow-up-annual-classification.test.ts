import { describe, expect, it } from "vitest";
import { Impact, ValueClass, suggestsStrategic, valueClassOf } from "../server/follow-up-annual/classification.model.js";
import { agreementInput, createAgreement } from "./support/agreements.js";
import { addLines, EVENTS, fixedResource } from "./support/balance.js";
import { seedMunicipality } from "./support/factories.js";
import { CLASSIFICATION, CLASSIFY, MARK, SET_RESPONSIBLE, agreementForYear } from "./support/follow-up-annual.js";
import { actor, errorCode, ok } from "./support/graphql.js";
import { asOwner } from "./support/owner.js";
import { useTestServer } from "./support/server.js";

const CANDIDATES = `query($id: ID!) { agreement(id: $id) {
  purchaser: responsibleCandidates(party: PURCHASER) { email } provider: responsibleCandidates(party: PROVIDER) { email } } }`;
const STRATEGIC = "query($o: ID!, $y: Int) { strategicAgreements(organId: $o, year: $y) { id } }";

describe("value × impact", () => {
  it("classes the value by the thresholds, exactly at each boundary", () => {
    const thresholds = { mediumFrom: "5000000.00", highFrom: "25000000.00" };
    expect(valueClassOf("4999999.99", thresholds)).toBe(ValueClass.LOW);
    expect(valueClassOf("5000000.00", thresholds)).toBe(ValueClass.MEDIUM);
    expect(valueClassOf("24999999.99", thresholds)).toBe(ValueClass.MEDIUM);
    expect(valueClassOf("25000000.00", thresholds)).toBe(ValueClass.HIGH);
  });

  it("suggests strategic for HIGH × HIGH and HIGH × MEDIUM either way, nothing else", () => {
    const suggested = Object.values(ValueClass).flatMap((value) =>
      [...Object.values(Impact), null].filter((impact) => suggestsStrategic(value, impact)).map((impact) => `${value}×${impact}`),
    );
    expect(suggested.sort()).toEqual(["HIGH×HIGH", "HIGH×MEDIUM", "MEDIUM×HIGH"]);
  });
});

describe("classification and responsibility", () => {
  it("answers a new agreement as neither classified nor strategic", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const created = ok(
      await vonChef(
        "mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { strategic impact valueClass suggestedStrategic classificationVersion } }",
        { input: agreementInput(m) },
      ),
    ).createAgreement;
    expect(created).toEqual({ strategic: false, impact: null, valueClass: "LOW", suggestedStrategic: false, classificationVersion: 1 });
  });

  it("takes the value from the balance and the municipality's thresholds; the purchaser's assessment is an event and guarded by a version", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const [vonChef, vonHandlaggare, psChef] = await Promise.all(
      (["von.chef", "von.handlaggare", "ps.chef"] as const).map((who) => actor(server, m, who)),
    );
    const { id } = await createAgreement(vonChef, m);
    await addLines(vonChef, id, [fixedResource("Ersättning", "6000000.00")]);
    const before = ok(await vonChef(CLASSIFICATION, { id })).agreement;
    expect(before).toMatchObject({
      impact: null,
      valueClass: "MEDIUM",
      suggestedStrategic: false,
      strategic: false,
      classificationVersion: 1,
    });

    const classified = ok(await vonHandlaggare(CLASSIFY, { id, impact: "HIGH", v: 1 })).classifyAgreement;
    expect(classified).toMatchObject({ impact: "HIGH", valueClass: "MEDIUM", suggestedStrategic: true, classificationVersion: 2 });
    expect(errorCode(await vonChef(CLASSIFY, { id, impact: "LOW", v: 1 }))).toBe("CONFLICT");
    expect(errorCode(await psChef(CLASSIFY, { id, impact: "LOW", v: 2 }))).toBe("FORBIDDEN");
    const events = ok(await vonChef(EVENTS, { id })).agreement.events;
    expect(events.at(-1)).toMatchObject({ type: "classification.impactAssessed", actor: { email: m.email("von.handlaggare") } });

    // A municipality with higher thresholds classes the same compensation lower.
    await asOwner(
      m.municipality.id,
      "UPDATE municipality SET strategic_value_medium_from = 10000000, strategic_value_high_from = 50000000",
    );
    expect(ok(await vonChef(CLASSIFICATION, { id })).agreement).toMatchObject({ valueClass: "LOW", suggestedStrategic: false });
  });

  it("names an avtalsansvarig per side: the side's förvaltningschef names an active user of that side's organ", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const [vonChef, psChef] = await Promise.all((["von.chef", "ps.chef"] as const).map((who) => actor(server, m, who)));
    const { id } = await agreementForYear(vonChef, m, 2027, { status: "SIGNED", strategic: false });

    // Someone of the other side, or of no side, is refused naming the field.
    for (const who of ["ps.handlaggare", "kommunledning"] as const) {
      const refused = await vonChef(SET_RESPONSIBLE, { id, party: "PURCHASER", user: m.users[who].id });
      expect(errorCode(refused)).toBe("BAD_USER_INPUT");
      expect(refused.errors![0].extensions!.field).toBe("userId");
    }
    // Only the chief of that side names its person.
    expect(errorCode(await vonChef(SET_RESPONSIBLE, { id, party: "PROVIDER", user: m.users["ps.handlaggare"].id }))).toBe("FORBIDDEN");
    expect(errorCode(await psChef(SET_RESPONSIBLE, { id, party: "PURCHASER", user: m.users["von.handlaggare"].id }))).toBe("FORBIDDEN");

    ok(await vonChef(SET_RESPONSIBLE, { id, party: "PURCHASER", user: m.users["von.handlaggare"].id }));
    ok(await psChef(SET_RESPONSIBLE, { id, party: "PROVIDER", user: m.users["ps.handlaggare"].id }));
    const agreement = ok(await vonChef(CLASSIFICATION, { id })).agreement;
    expect(agreement.purchaserResponsible.id).toBe(m.users["von.handlaggare"].id);
    expect(agreement.providerResponsible.id).toBe(m.users["ps.handlaggare"].id);
    expect(agreement.classificationPermissions).toEqual({
      canSetPurchaserResponsible: true,
      canSetProviderResponsible: false,
      canClassify: true,
      canMarkStrategic: true,
    });
    const types = ok(await vonChef(EVENTS, { id })).agreement.events.map((e: { type: string }) => e.type);
    expect(types.filter((t: string) => t === "classification.responsibleNamed")).toHaveLength(2);

    // The picker offers the caller's own side only, active users only.
    const candidates = ok(await vonChef(CANDIDATES, { id })).agreement;
    expect(candidates.provider).toEqual([]);
    expect(candidates.purchaser.map((u: { email: string }) => u.email).sort()).toEqual(
      [m.email("von.chef"), m.email("von.handlaggare"), m.email("von.sekreterare")].sort(),
    );
    await asOwner(m.municipality.id, "UPDATE app_user SET active = false WHERE id = $1", [m.users["von.sekreterare"].id]);
    expect(errorCode(await vonChef(SET_RESPONSIBLE, { id, party: "PURCHASER", user: m.users["von.sekreterare"].id }))).toBe(
      "BAD_USER_INPUT",
    );
    // Clearing it is allowed.
    expect(ok(await vonChef(SET_RESPONSIBLE, { id, party: "PURCHASER", user: null })).setAgreementResponsible.purchaserResponsible).toBe(
      null,
    );
    // Another municipality's agreement does not exist for them.
    const other = await seedMunicipality();
    const otherChef = await actor(server, other, "von.chef");
    expect(errorCode(await otherChef(SET_RESPONSIBLE, { id, party: "PURCHASER", user: other.users["von.handlaggare"].id }))).toBe(
      "NOT_FOUND",
    );
  });

  it("asks for confirmation from the 11th strategic agreement of a nämnd and budget year (the guideline's 'upp mot 10')", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const [vonChef, kunChef, psChef] = await Promise.all(
      (["von.chef", "kun.chef", "ps.chef"] as const).map((who) => actor(server, m, who)),
    );
    for (let i = 0; i < 9; i++) await agreementForYear(vonChef, m, 2027, { status: i % 2 ? "SIGNED" : "DRAFT" });
    // Another nämnd's, and another year's, do not count.
    await agreementForYear(kunChef, m, 2027, { purchaser: "KUN" });
    await agreementForYear(vonChef, m, 2028);

    const tenth = await agreementForYear(vonChef, m, 2027, { strategic: false });
    expect(errorCode(await psChef(MARK, { id: tenth.id, s: true }))).toBe("FORBIDDEN");
    expect(ok(await vonChef(MARK, { id: tenth.id, s: true })).markStrategic.strategic).toBe(true);

    const eleventh = await agreementForYear(vonChef, m, 2027, { strategic: false });
    const refused = await vonChef(MARK, { id: eleventh.id, s: true });
    expect(errorCode(refused)).toBe("INVALID_STATE");
    expect(refused.errors![0].extensions).toMatchObject({ confirm: "confirmOverTen", limit: 10, years: [{ year: 2027, count: 11 }] });
    expect(refused.errors![0].message).toContain("upp till cirka 10");
    expect(ok(await vonChef(CLASSIFICATION, { id: eleventh.id })).agreement.strategic).toBe(false);

    expect(ok(await vonChef(MARK, { id: eleventh.id, s: true, c: true })).markStrategic.strategic).toBe(true);
    const event = ok(await vonChef(EVENTS, { id: eleventh.id })).agreement.events.at(-1);
    expect(event.type).toBe("classification.strategicMarked");
    expect(event.summary).toContain("bekräftat");
    // Unmarking needs no confirmation.
    expect(ok(await vonChef(MARK, { id: tenth.id, s: false })).markStrategic.strategic).toBe(false);

    const listed = ok(await vonChef(STRATEGIC, { o: m.organs.VON.id, y: 2027 })).strategicAgreements;
    expect(listed).toHaveLength(10);
    expect(ok(await vonChef(STRATEGIC, { o: m.organs.VON.id, y: null })).strategicAgreements).toHaveLength(11);
    expect(errorCode(await psChef(STRATEGIC, { o: m.organs.VON.id, y: 2027 }))).toBe("FORBIDDEN");
    const leader = await actor(server, m, "kommunledning");
    expect(ok(await leader(STRATEGIC, { o: m.organs.VON.id, y: 2027 })).strategicAgreements).toHaveLength(10);
  });
});
