import { describe, expect, it } from "vitest";
import { createAgreement } from "./support/agreements.js";
import { ADD_INDICATOR, addIndicator, satisfaction } from "./support/approval.js";
import { addLines, fixedResource, scope } from "./support/balance.js";
import { seedMunicipality } from "./support/factories.js";
import { ordered } from "../server/follow-up/follow-up.forecast.js";
import { parsePeriod } from "../server/follow-up/periods.js";
import {
  ACCEPT,
  ADD_PLAN,
  DELIVERY,
  FOLLOW_UP,
  LAST_YEAR,
  REPORT,
  TERM,
  THIS_YEAR,
  quarter,
  signedAgreement,
} from "./support/follow-up.js";
import { actor, errorCode, ok, type GraphqlResult } from "./support/graphql.js";
import { useTestServer } from "./support/server.js";

const UPDATE = `mutation($i: ID!, $v: Int!, $input: IndicatorInput!) { updateIndicator(indicatorId: $i, version: $v, input: $input) { id version target } }`;
const REMOVE = "mutation($i: ID!, $v: Int!) { removeIndicator(indicatorId: $i, version: $v) { id } }";

/** BAD_USER_INPUT naming `field`. */
function refusedAt(result: GraphqlResult<unknown>, field: string) {
  expect(errorCode(result), JSON.stringify(result.errors)).toBe("BAD_USER_INPUT");
  expect(result.errors![0].extensions!.field).toBe(field);
}

describe("follow-up: rules and bad input", () => {
  it("indicators: exact decimals, the threshold on the bad side, section and scope line of the same agreement, versions", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const { id } = await createAgreement(vonChef, m, TERM);
    const other = (await createAgreement(vonChef, m, TERM)).id;
    const balance = await addLines(vonChef, id, [scope("Hemtjänst", 100, "10000.00"), fixedResource("Ersättning", "1000000.00")]);
    const [scopeLine, resourceLine] = [
      balance.lines.find((l) => l.kind === "SCOPE")!.id,
      balance.lines.find((l) => l.kind === "RESOURCE")!.id,
    ];
    const otherSection = ok(await vonChef("query($id: ID!) { agreement(id: $id) { sections { id } } }", { id: other })).agreement
      .sections[0].id;
    const add = (input: Record<string, unknown>) => vonChef(ADD_INDICATOR, { id, input: satisfaction(input) });

    refusedAt(await add({ target: "90,5" }), "target");
    refusedAt(await add({ target: "1e2" }), "target");
    refusedAt(await add({ target: "90.1234567" }), "target");
    refusedAt(await add({ warnAt: "95" }), "warnAt"); // higher is better: the warning lies below the target
    refusedAt(await add({ direction: "LOWER_IS_BETTER", target: "10", warnAt: "8" }), "warnAt");
    refusedAt(await add({ name: "  " }), "name");
    refusedAt(await add({ sectionId: otherSection }), "sectionId");
    refusedAt(await add({ balanceLineId: resourceLine }), "balanceLineId");

    const exactlyAtTarget = ok(await add({ warnAt: "90", balanceLineId: scopeLine })).addIndicator;
    expect(exactlyAtTarget).toMatchObject({ target: "90", warnAt: "90", version: 1 });
    const updated = ok(await vonChef(UPDATE, { i: exactlyAtTarget.id, v: 1, input: satisfaction({ target: "92.5" }) })).updateIndicator;
    expect(updated).toMatchObject({ version: 2, target: "92.5" });
    const stale = await vonChef(UPDATE, { i: exactlyAtTarget.id, v: 1, input: satisfaction() });
    expect(errorCode(stale)).toBe("CONFLICT");
    expect(stale.errors![0].extensions!.currentVersion).toBe(2);
    expect(errorCode(await vonChef(REMOVE, { i: exactlyAtTarget.id, v: 1 }))).toBe("CONFLICT");
    ok(await vonChef(REMOVE, { i: exactlyAtTarget.id, v: 2 }));
    const events = ok(await vonChef("query($id: ID!) { agreement(id: $id) { events { type } } }", { id })).agreement.events.map(
      (e: { type: string }) => e.type,
    );
    expect(events.filter((t: string) => t.startsWith("followUp."))).toEqual([
      "followUp.indicatorAdded",
      "followUp.indicatorUpdated",
      "followUp.indicatorRemoved",
    ]);
  });

  it("reporting: the period of the indicator's frequency, within the term and ended; DRAFT, purchaser and another municipality refused", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const { id, vonChef, psChef, indicators, scopeLine } = await signedAgreement(server, m);
    const i = indicators[0].id;
    refusedAt(await psChef(REPORT, { i, p: `${LAST_YEAR - 1}-Q4`, v: "90" }), "period"); // before the term
    refusedAt(await psChef(REPORT, { i, p: `${THIS_YEAR + 1}-Q1`, v: "90" }), "period"); // after it
    refusedAt(await psChef(REPORT, { i, p: `${THIS_YEAR}-Q4`, v: "90" }), "period"); // not ended: it ends with the year
    refusedAt(await psChef(REPORT, { i, p: `${LAST_YEAR}-03`, v: "90" }), "period"); // a month, of a quarterly indicator
    refusedAt(await psChef(REPORT, { i, p: `Q1 ${LAST_YEAR}`, v: "90" }), "period");
    refusedAt(await psChef(REPORT, { i, p: quarter(1), v: "87,5" }), "value");
    refusedAt(await psChef(REPORT, { i, p: quarter(1), v: "" }), "value");
    expect(errorCode(await vonChef(REPORT, { i, p: quarter(1), v: "90" }))).toBe("FORBIDDEN");
    expect(errorCode(await (await actor(server, m, "von.handlaggare"))(REPORT, { i, p: quarter(1), v: "90" }))).toBe("FORBIDDEN");

    const elsewhere = await seedMunicipality();
    const stranger = await actor(server, elsewhere, "ps.chef");
    expect(errorCode(await stranger(REPORT, { i, p: quarter(1), v: "90" }))).toBe("NOT_FOUND");
    expect(errorCode(await stranger(ACCEPT, { id, p: quarter(1) }))).toBe("NOT_FOUND");

    const draftChef = await actor(server, m, "von.chef");
    const draft = (await createAgreement(draftChef, m, TERM)).id;
    const draftIndicator = await addIndicator(draftChef, draft);
    expect(errorCode(await psChef(REPORT, { i: draftIndicator, p: quarter(1), v: "90" }))).toBe("INVALID_STATE");

    refusedAt(await psChef(DELIVERY, { id, p: quarter(1), l: scopeLine, v: "-1", c: "100.00" }), "deliveredVolume");
    refusedAt(await psChef(DELIVERY, { id, p: quarter(1), l: scopeLine, v: "1", c: "100.005" }), "actualCost");
    refusedAt(await psChef(DELIVERY, { id, p: `${LAST_YEAR}`, l: scopeLine, v: "1", c: "100.00" }), "period"); // deliveries go quarterly here
    expect(errorCode(await vonChef(ACCEPT, { id, p: quarter(1) }))).toBe("INVALID_STATE"); // nothing reported
    refusedAt(await vonChef(ACCEPT, { id, p: "första kvartalet" }), "period");

    // Status boundaries through the API: exactly at the target GREEN, exactly at the threshold YELLOW, below RED.
    const statuses = [];
    for (const [p, v] of [
      [quarter(1), "90"],
      [quarter(2), "85.000"],
      [quarter(3), "84.999999"],
    ])
      statuses.push(ok(await psChef(REPORT, { i, p, v })).reportIndicator.status);
    expect(statuses).toEqual(["GREEN", "YELLOW", "RED"]);
  });

  it("action plans: only for a YELLOW or RED value, one each, owned by an active user of a party's organ", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const { psChef, indicators } = await signedAgreement(server, m);
    const i = indicators[0].id;
    const green = ok(await psChef(REPORT, { i, p: quarter(1), v: "95" })).reportIndicator.id;
    const yellow = ok(await psChef(REPORT, { i, p: quarter(2), v: "86" })).reportIndicator.id;
    const input = (ownerId: string, extra: Record<string, unknown> = {}) => ({
      description: "Åtgärda",
      ownerId,
      dueDate: "2027-01-31",
      ...extra,
    });
    expect(errorCode(await psChef(ADD_PLAN, { r: green, input: input(m.users["ps.chef"].id) }))).toBe("INVALID_STATE");
    refusedAt(await psChef(ADD_PLAN, { r: yellow, input: input(m.users["kun.chef"].id) }), "ownerId"); // no party's organ
    // The Date scalar refuses an impossible day before the command sees it.
    expect(errorCode(await psChef(ADD_PLAN, { r: yellow, input: input(m.users["von.handlaggare"].id, { dueDate: "2027-02-30" }) }))).toBe(
      "BAD_USER_INPUT",
    );
    refusedAt(await psChef(ADD_PLAN, { r: yellow, input: input(m.users["von.handlaggare"].id, { steps: ["Ett", " "] }) }), "steps.1");
    const plan = ok(await psChef(ADD_PLAN, { r: yellow, input: input(m.users["von.handlaggare"].id) })).addActionPlan; // the purchaser's side may own it
    expect(plan.owner.email).toBe(m.email("von.handlaggare"));
    expect(errorCode(await psChef(ADD_PLAN, { r: yellow, input: input(m.users["ps.chef"].id) }))).toBe("INVALID_STATE");
  });

  it("deliveries: ordered volume and compensation pro rata by the period's days within the term, exact", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const { id, psChef, scopeLine } = await signedAgreement(server, m);
    // Hemtjänst: 100 brukare × 10 000 kr = 1 000 000 kr over the two years of the term (the exact numbers: follow-up-forecast.test.ts).
    const share = ordered({ id: scopeLine, volume: "100", amount: "1000000.00" }, parsePeriod(quarter(1))!, TERM);
    const q1 = ok(await psChef(DELIVERY, { id, p: quarter(1), l: scopeLine, v: "12.5", c: "125000.00" })).reportDelivery;
    expect(q1.status).toBe("REPORTED");
    expect(q1.deliveries).toEqual([
      {
        balanceLine: { id: scopeLine },
        orderedVolume: share.volume.toString(),
        deliveredVolume: "12.5",
        compensation: share.compensation.toFixed(2),
        actualCost: "125000.00",
      },
    ]);
    expect(share.volume.toString()).toMatch(/^12\.(328767|295082)$/); // 90 of 730 days, or 91 of 731 in a leap year
    const { forecast, deliveryFrequency } = ok(await psChef(FOLLOW_UP, { id })).agreement.followUp;
    expect(deliveryFrequency).toBe("QUARTERLY");
    expect(forecast).toMatchObject({ year: THIS_YEAR, start: `${THIS_YEAR}-01-01`, end: `${THIS_YEAR}-12-31` });
  });
});
