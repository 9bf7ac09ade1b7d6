import { describe, expect, it } from "vitest";
import { EVENTS } from "./support/balance.js";
import { seedMunicipality } from "./support/factories.js";
import { ACCEPT, ADD_PLAN, FOLLOW_UP, REPORT, RETURN, quarter, signedAgreement } from "./support/follow-up.js";
import { actor, errorCode, ok } from "./support/graphql.js";
import { useTestServer } from "./support/server.js";

describe("follow-up: reporting and review", () => {
  it("a RED value blocks acceptance until it has an action plan; the period is then accepted", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const { id, vonChef, psChef, indicators } = await signedAgreement(server, m);
    const [indicator] = indicators;
    const red = ok(await psChef(REPORT, { i: indicator.id, p: quarter(1), v: "80.5", c: "Personalbrist i januari" })).reportIndicator;
    expect(red).toMatchObject({ period: quarter(1), value: "80.5", status: "RED", version: 1, actionPlan: null });
    expect(red.permissions.canAddActionPlan).toBe(true);

    const refused = await vonChef(ACCEPT, { id, p: quarter(1) });
    expect(errorCode(refused)).toBe("INVALID_STATE");
    expect(refused.errors![0].message).toContain("handlingsplan");
    const before = ok(await vonChef(FOLLOW_UP, { id })).agreement.followUp;
    expect(before.periods.find((p: { key: string }) => p.key === quarter(1)).permissions.canAccept).toBe(false);

    const plan = ok(
      await psChef(ADD_PLAN, {
        r: red.id,
        input: {
          description: "Rekrytera och introducera",
          ownerId: m.users["ps.chef"].id,
          dueDate: "2027-03-31",
          steps: ["Annonsera", "Introducera"],
        },
      }),
    ).addActionPlan;
    expect(plan).toMatchObject({ status: "PLANNED", period: quarter(1), owner: { email: m.email("ps.chef") } });
    expect(plan.steps.map((s: { description: string }) => s.description)).toEqual(["Annonsera", "Introducera"]);

    const accepted = ok(await vonChef(ACCEPT, { id, p: quarter(1) })).acceptFollowUp;
    expect(accepted.map((r: { id: string }) => r.id)).toEqual([red.id]);
    const after = ok(await vonChef(FOLLOW_UP, { id })).agreement.followUp;
    expect(after.periods.find((p: { key: string }) => p.key === quarter(1)).status).toBe("ACCEPTED");
    expect(errorCode(await psChef(REPORT, { i: indicator.id, p: quarter(1), v: "95" }))).toBe("INVALID_STATE");
    const summaries = ok(await vonChef(EVENTS, { id })).agreement.events.map((e: { summary: string }) => e.summary);
    expect(summaries).toContain(`Utföraren rapporterade ${quarter(1)}: ”Andel brukare nöjda med bemötandet” 80,5 % (rött)`);
    expect(summaries).toContain(`Beställaren godtog uppföljningen för ${quarter(1)}`);
  });

  it("a second report of the same period replaces the first, as an event; a returned period is reported again", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const { id, vonChef, psChef, indicators } = await signedAgreement(server, m);
    const psHandlaggare = await actor(server, m, "ps.handlaggare");
    const first = ok(await psChef(REPORT, { i: indicators[0].id, p: quarter(2), v: "88" })).reportIndicator;
    expect(first).toMatchObject({ status: "YELLOW", version: 1 });
    const second = ok(await psHandlaggare(REPORT, { i: indicators[0].id, p: quarter(2), v: "91.25", c: "Rättat värde" })).reportIndicator;
    expect(second).toMatchObject({ id: first.id, status: "GREEN", value: "91.25", version: 2, comment: "Rättat värde" });
    const events = ok(await vonChef(EVENTS, { id })).agreement.events.filter(
      (e: { type: string }) => e.type === "followUp.indicatorReported",
    );
    expect(events).toHaveLength(2);
    expect(events[1].summary).toBe(`Utföraren ersatte sin rapport för ${quarter(2)}: ”Andel brukare nöjda med bemötandet” 91,25 % (grönt)`);

    const returned = ok(await vonChef(RETURN, { id, p: quarter(2), r: "Analysen saknas" })).returnFollowUp;
    expect(returned).toMatchObject({ key: quarter(2), status: "RETURNED", remarks: "Analysen saknas" });
    expect(errorCode(await vonChef(ACCEPT, { id, p: quarter(2) }))).toBe("INVALID_STATE");
    ok(await psChef(REPORT, { i: indicators[0].id, p: quarter(2), v: "91.25", c: "Analys: rekryteringen gav effekt" }));
    const period = ok(await vonChef(FOLLOW_UP, { id })).agreement.followUp.periods.find((p: { key: string }) => p.key === quarter(2));
    expect(period.status).toBe("REPORTED");
    expect(period.permissions.canAccept).toBe(true);
  });
});
