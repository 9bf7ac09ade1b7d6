import { describe, expect, it } from "vitest";
import { contentHash } from "../server/events/canonical-hash.js";
import { AMEND } from "./support/approval.js";
import { ESCALATE, QUEUE } from "./support/disputes.js";
import { seedMunicipality } from "./support/factories.js";
import { ADD_PLAN, REPORT, quarter, signedAgreement } from "./support/follow-up.js";
import { actor, errorCode, gql, ok } from "./support/graphql.js";
import { asOwner } from "./support/owner.js";
import { useTestServer } from "./support/server.js";
import { collect, wsClient } from "./support/ws.js";

const EVENTS = "subscription($id: ID!, $after: Int) { agreementEvents(agreementId: $id, afterSeq: $after) { seq type summary } }";
const FROM_FOLLOW_UP = `{ id subject concernsBalance amountAtStake indicatorReport { id period value status } actionPlan { id description } }`;

describe("follow-up: signed content, live events, other systems, disputes", () => {
  it("freezes the indicators into the signed version's hashed content, and an amendment copies them", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const { id, hash, vonChef } = await signedAgreement(server, m, [
      { name: "Väntetid till första besök", unit: "dagar", direction: "LOWER_IS_BETTER", target: "7", warnAt: "10", frequency: "MONTHLY" },
    ]);
    const [version] = await asOwner(m.municipality.id, "SELECT content, content_hash FROM agreement_version WHERE agreement_id = $1", [id]);
    expect(version.content_hash).toBe(hash);
    expect(contentHash(version.content)).toBe(hash);
    expect(version.content.indicators).toEqual([
      expect.objectContaining({
        name: "Andel brukare nöjda med bemötandet",
        target: "90",
        warnAt: "85",
        frequency: "QUARTERLY",
        sectionKey: "mal",
      }),
      expect.objectContaining({ name: "Väntetid till första besök", direction: "LOWER_IS_BETTER", target: "7", warnAt: "10" }),
    ]);
    // The hash covers them: another target would be other content.
    const altered = { ...version.content, indicators: [{ ...version.content.indicators[0], target: "91" }, version.content.indicators[1]] };
    expect(contentHash(altered)).not.toBe(hash);

    const amendment = ok(await vonChef(AMEND, { id })).startAmendment.id;
    const copied = ok(
      await vonChef("query($id: ID!) { agreement(id: $id) { indicators { name target section { key } } } }", { id: amendment }),
    ).agreement.indicators;
    expect(copied).toEqual([
      { name: "Andel brukare nöjda med bemötandet", target: "90", section: { key: "mal" } },
      { name: "Väntetid till första besök", target: "7", section: { key: "mal" } },
    ]);
  });

  it("reports over HTTP with a provider-side user's bearer token, idempotently, live for the purchaser over graphql-ws", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const { id, vonChef, indicators } = await signedAgreement(server, m);
    const live = collect(wsClient(server, vonChef.token), EVENTS, { id, after: 0 }, "agreementEvents");
    const replayed = (await live.waitFor((values) => values.some((e) => e.type === "agreement.signed"))).length;

    // A production system signs in as a provider-side user and pushes its values with the token.
    const token = (await actor(server, m, "ps.handlaggare")).token;
    const push = (value: string) =>
      gql(server, REPORT, { i: indicators[0].id, p: quarter(3), v: value, c: "Från verksamhetssystemet" }, token);
    const first = ok(await push("89.4")).reportIndicator;
    const again = ok(await push("89.4")).reportIndicator;
    expect(again).toMatchObject({ id: first.id, version: 2, status: "YELLOW", reportedBy: { email: m.email("ps.handlaggare") } });
    expect(errorCode(await gql(server, REPORT, { i: indicators[0].id, p: quarter(3), v: "1" }))).toBe("UNAUTHENTICATED");

    const events = await live.waitFor((values) => values.filter((e) => e.type === "followUp.indicatorReported").length === 2);
    expect(events.slice(replayed).map((e) => e.summary)).toEqual([
      `Utföraren rapporterade ${quarter(3)}: ”Andel brukare nöjda med bemötandet” 89,4 % (gult)`,
      `Utföraren ersatte sin rapport för ${quarter(3)}: ”Andel brukare nöjda med bemötandet” 89,4 % (gult)`,
    ]);
  });

  it("raises a dispute from a value or a plan (UPPFOLJNING or TOLKNING); escalated, it reaches kommunledning's queue", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const { id, vonChef, psChef, indicators } = await signedAgreement(server, m);
    const other = await signedAgreement(server, m);
    const red = ok(await psChef(REPORT, { i: indicators[0].id, p: quarter(1), v: "70" })).reportIndicator.id;
    const foreign = ok(await other.psChef(REPORT, { i: other.indicators[0].id, p: quarter(1), v: "70" })).reportIndicator.id;
    const plan = ok(
      await psChef(ADD_PLAN, { r: red, input: { description: "Fler kontroller", ownerId: m.users["ps.chef"].id, dueDate: "2027-06-30" } }),
    ).addActionPlan.id;
    const raise = (input: Record<string, unknown>) =>
      vonChef(`mutation($input: RaiseDisputeInput!) { raiseDispute(input: $input) ${FROM_FOLLOW_UP} }`, {
        input: { agreementId: id, subject: "UPPFOLJNING", description: "Värdet stämmer inte", position: "Mätningen är fel", ...input },
      });
    const wrongSubject = await raise({ indicatorReportId: red, subject: "EKONOMI" });
    expect(errorCode(wrongSubject)).toBe("BAD_USER_INPUT");
    expect(wrongSubject.errors![0].extensions!.field).toBe("subject");
    expect((await raise({ indicatorReportId: foreign })).errors![0].extensions!.field).toBe("indicatorReportId");

    const fromPlan = ok(await raise({ actionPlanId: plan, subject: "TOLKNING" })).raiseDispute;
    expect(fromPlan).toMatchObject({ concernsBalance: false, amountAtStake: null, actionPlan: { id: plan }, indicatorReport: null });
    const dispute = ok(await raise({ indicatorReportId: red })).raiseDispute;
    expect(dispute).toMatchObject({ concernsBalance: false, indicatorReport: { id: red, period: quarter(1), value: "70", status: "RED" } });
    ok(await vonChef(ESCALATE, { id: dispute.id }));
    const queue = ok(await (await actor(server, m, "kommunledning"))(QUEUE, {})).escalationQueue as Array<{ id: string; subject: string }>;
    expect(queue.find((d) => d.id === dispute.id)).toMatchObject({ subject: "UPPFOLJNING" });
    const history = ok(await vonChef("query($id: ID!) { agreement(id: $id) { events { type summary } } }", { id })).agreement.events;
    expect(history.find((e: { type: string }) => e.type === "dispute.escalated").summary).toContain(
      `värdet för ”Andel brukare nöjda med bemötandet” ${quarter(1)}`,
    );
  });
});
