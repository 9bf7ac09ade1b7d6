import { describe, expect, it } from "vitest";
import { contentHash } from "../server/events/canonical-hash.js";
import { today } from "./support/approval.js";
import { EVENTS } from "./support/balance.js";
import { dispositionFileName, pdfOf, readPdf } from "./support/documents.js";
import { seedMunicipality, type TestMunicipality } from "./support/factories.js";
import {
  ASSESS,
  DECIDE,
  REPORT,
  ROLL_UP,
  actionPlan,
  agreementForYear,
  indicator,
  reportOf,
  reportedValue,
} from "./support/follow-up-annual.js";
import { actor, errorCode, ok } from "./support/graphql.js";
import { asOwner } from "./support/owner.js";
import { useTestServer, type TestServer } from "./support/server.js";

const YEAR = 2025;
const minutes = (overrides: Record<string, unknown> = {}) => ({ meetingDate: today(), paragraph: "§ 41", remarks: null, ...overrides });

/**
 * VON's year: one strategic, signed agreement over 2024–2025 with a green and a red accepted value in
 * 2025 (and a plan for the red one), a 2024 value and an unaccepted 2025 value that must stay out; one
 * with only green values; one with none. Besides them, agreements the report must leave out: not
 * strategic, a draft, another nämnd's, another year's.
 */
async function scene(server: TestServer, m: TestMunicipality) {
  const [vonChef, kunChef] = await Promise.all([actor(server, m, "von.chef"), actor(server, m, "kun.chef")]);
  const mixed = await agreementForYear(vonChef, m, YEAR, { title: "Hemtjänst norr" });
  await asOwner(m.municipality.id, "UPDATE agreement SET period_start = '2024-01-01' WHERE id = $1", [mixed.id]);
  const satisfied = await indicator(m, mixed.id);
  const waiting = await indicator(m, mixed.id, {
    name: "Väntetid",
    unit: "dagar",
    target: "10",
    warnAt: "14",
    direction: "LOWER_IS_BETTER",
    position: 1,
  });
  await reportedValue(m, mixed.id, satisfied, "2024-Q4", "95", "GREEN");
  await reportedValue(m, mixed.id, satisfied, `${YEAR}-Q1`, "92.5", "GREEN");
  const red = await reportedValue(m, mixed.id, waiting, `${YEAR}-Q1`, "21", "RED", { comment: "Personalbrist under influensan" });
  await actionPlan(m, mixed.id, red, "Rekrytera två undersköterskor");
  await reportedValue(m, mixed.id, satisfied, `${YEAR}-Q2`, "70", "RED", { accepted: false });

  const green = await agreementForYear(vonChef, m, YEAR, { title: "Matdistribution" });
  await reportedValue(m, green.id, await indicator(m, green.id), `${YEAR}-Q1`, "91", "GREEN");
  const unreported = await agreementForYear(vonChef, m, YEAR, { title: "Trygghetslarm" });

  const outside = [
    await agreementForYear(vonChef, m, YEAR, { strategic: false }),
    await agreementForYear(vonChef, m, YEAR, { status: "DRAFT" }),
    await agreementForYear(kunChef, m, YEAR, { purchaser: "KUN" }),
    await agreementForYear(vonChef, m, YEAR - 2),
  ];
  return { mixed, green, unreported, outside, vonChef };
}

describe("the yearly follow-up report", () => {
  it("compiles only the nämnd's strategic, signed agreements of the year, from the year's accepted values", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const { mixed, green, unreported, vonChef } = await scene(server, m);
    const report = await reportOf(vonChef, m, YEAR);

    expect(report.agreements.map((a: { id: string }) => a.id).sort()).toEqual([mixed.id, green.id, unreported.id].sort());
    const byId = new Map(report.agreements.map((a: { id: string }) => [a.id, a]));
    const first = byId.get(mixed.id) as any;
    expect(first.indicators.flatMap((i: any) => i.values.map((v: any) => `${i.name} ${v.period} ${v.value} ${v.status}`))).toEqual([
      `Andel nöjda brukare ${YEAR}-Q1 92.5 GREEN`,
      `Väntetid ${YEAR}-Q1 21 RED`,
    ]);
    expect(first).toMatchObject({ green: 1, yellow: 0, red: 1, computedRequirementsMet: "NO", requirementsMet: "NO", canAssess: true });
    expect(first.deficiencies).toEqual([
      { indicatorName: "Väntetid", period: `${YEAR}-Q1`, value: "21", status: "RED", comment: "Personalbrist under influensan" },
    ]);
    expect(first.actionPlans).toEqual([
      { description: "Rekrytera två undersköterskor", ownerName: m.users["ps.chef"].name, dueDate: "2026-03-31", status: "IN_PROGRESS" },
    ]);
    expect((byId.get(green.id) as any).requirementsMet).toBe("YES");
    expect((byId.get(unreported.id) as any).requirementsMet).toBe(null);
    expect(report.totals).toEqual({
      agreements: 3,
      green: 2,
      yellow: 0,
      red: 1,
      met: 1,
      partly: 0,
      notMet: 1,
      noBasis: 1,
      openActionPlans: 1,
    });
    expect(report).toMatchObject({ yearEnded: true, canRecordDecision: false, decision: null });

    // The other nämnd's report has its own agreement only.
    const kun = await reportOf(await actor(server, m, "kun.chef"), m, YEAR, "KUN");
    expect(kun.agreements).toHaveLength(1);
    // A nämnd's people, kommunledning and revisor read it; the provider's chief does not.
    expect(errorCode(await (await actor(server, m, "ps.chef"))(REPORT, { organ: m.organs.VON.id, year: YEAR }))).toBe("FORBIDDEN");
    expect((await reportOf(await actor(server, m, "revisor"), m, YEAR)).contentHash).toBe(report.contentHash);
    // Another municipality does not find the nämnd.
    const other = await actor(server, await seedMunicipality(), "kommunledning");
    expect(errorCode(await other(REPORT, { organ: m.organs.VON.id, year: YEAR }))).toBe("NOT_FOUND");
  });

  it("takes the purchaser's assessment, whose answer overrides the computed one, until the nämnd decides", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const { mixed, outside, vonChef } = await scene(server, m);
    const input = {
      requirementsMet: "PARTLY",
      deficiencies: "Väntetiderna",
      goalEffect: "Målet om trygg vård nås delvis.",
      actionPlan: "Rekrytering",
    };

    expect(errorCode(await (await actor(server, m, "ps.chef"))(ASSESS, { id: mixed.id, year: YEAR, v: 0, input }))).toBe("FORBIDDEN");
    expect(errorCode(await vonChef(ASSESS, { id: outside[0].id, year: YEAR, v: 0, input }))).toBe("INVALID_STATE"); // not strategic
    expect(errorCode(await vonChef(ASSESS, { id: outside[1].id, year: YEAR, v: 0, input }))).toBe("INVALID_STATE"); // a draft
    const outOfTerm = await vonChef(ASSESS, { id: mixed.id, year: 2023, v: 0, input });
    expect(errorCode(outOfTerm)).toBe("BAD_USER_INPUT");
    expect(outOfTerm.errors![0].extensions!.field).toBe("year");

    const handlaggare = await actor(server, m, "von.handlaggare");
    const report = ok(await handlaggare(ASSESS, { id: mixed.id, year: YEAR, v: 0, input })).assessStrategicAgreement;
    const assessed = report.agreements.find((a: { id: string }) => a.id === mixed.id);
    expect(assessed).toMatchObject({ computedRequirementsMet: "NO", requirementsMet: "PARTLY" });
    expect(assessed.assessment).toMatchObject({ ...input, version: 1, updatedByName: m.users["von.handlaggare"].name });
    expect(report.totals).toMatchObject({ notMet: 0, partly: 1 });
    expect(errorCode(await vonChef(ASSESS, { id: mixed.id, year: YEAR, v: 0, input }))).toBe("CONFLICT");
    // Back to the computed answer.
    const again = ok(await vonChef(ASSESS, { id: mixed.id, year: YEAR, v: 1, input: { ...input, requirementsMet: null } }));
    expect(again.assessStrategicAgreement.agreements.find((a: { id: string }) => a.id === mixed.id).requirementsMet).toBe("NO");
    const event = ok(await vonChef(EVENTS, { id: mixed.id })).agreement.events.at(-1);
    expect(event).toMatchObject({ type: "annualFollowUp.assessed", actor: { email: m.email("von.chef") } });
  });

  it("records the nämnd's decision once, by its secretary, on the content shown, and freezes it", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const { mixed, vonChef } = await scene(server, m);
    const secretary = await actor(server, m, "von.sekreterare");
    const report = await reportOf(secretary, m, YEAR);
    expect(report.canRecordDecision).toBe(true);
    const decide = (caller: typeof secretary, vars: Record<string, unknown> = {}) =>
      caller(DECIDE, { organ: m.organs.VON.id, year: YEAR, hash: report.contentHash, input: minutes(), ...vars });

    for (const who of ["ps.sekreterare", "von.chef", "kommunledning"] as const)
      expect(errorCode(await decide(await actor(server, m, who)))).toBe("FORBIDDEN");
    const field = async (input: Record<string, unknown>) =>
      (await decide(secretary, { input: minutes(input) })).errors?.[0].extensions?.field;
    expect(await field({ meetingDate: "2099-01-01" })).toBe("meetingDate"); // in the future
    expect(await field({ meetingDate: `${YEAR}-12-15` })).toBe("meetingDate"); // before the year ended
    expect(await field({ paragraph: "paragraf fyrtio" })).toBe("paragraph");
    const thisYear = Number(today().slice(0, 4));
    const ongoing = await reportOf(secretary, m, thisYear);
    expect(errorCode(await decide(secretary, { year: thisYear, hash: ongoing.contentHash }))).toBe("INVALID_STATE");

    // A value accepted since the secretary read the report: the decision must be on what the nämnd saw.
    const late = await indicator(m, mixed.id, { name: "Kontinuitet", position: 2 });
    await reportedValue(m, mixed.id, late, `${YEAR}-Q3`, "88", "YELLOW");
    expect(errorCode(await decide(secretary))).toBe("CONFLICT");
    const current = await reportOf(secretary, m, YEAR);
    const decided = ok(
      await decide(secretary, { hash: current.contentHash, input: minutes({ paragraph: "41", remarks: "Godkänd" }) }),
    ).recordAnnualReportDecision;
    expect(decided.decision).toMatchObject({
      meetingDate: today(),
      paragraph: "§ 41",
      remarks: "Godkänd",
      recordedBy: { email: m.email("von.sekreterare") },
    });
    expect(decided.contentHash).toBe(current.contentHash);
    expect(decided).toMatchObject({ canRecordDecision: false });
    expect(decided.agreements.every((a: { canAssess: boolean }) => !a.canAssess)).toBe(true);

    // Frozen: later values, assessments and marks change nothing of it, and it is decided once.
    await reportedValue(m, mixed.id, late, `${YEAR}-Q4`, "50", "RED");
    await asOwner(m.municipality.id, "UPDATE agreement SET strategic = false WHERE id = $1", [mixed.id]);
    expect(await reportOf(vonChef, m, YEAR)).toEqual({ ...decided, canRecordDecision: false });
    await asOwner(m.municipality.id, "UPDATE agreement SET strategic = true WHERE id = $1", [mixed.id]);
    const input = { requirementsMet: "YES" };
    expect(errorCode(await vonChef(ASSESS, { id: mixed.id, year: YEAR, v: 0, input }))).toBe("INVALID_STATE");
    expect(errorCode(await decide(secretary, { hash: current.contentHash }))).toBe("INVALID_STATE");
    await expect(asOwner(m.municipality.id, "UPDATE annual_follow_up_report SET paragraph = '§ 1'")).rejects.toThrow(/kan inte ändras/);
    // Kommunledning hears of it.
    const notices = ok(await (await actor(server, m, "kommunledning"))("{ notifications { kind summary } }")).notifications;
    expect(notices.some((n: { kind: string; summary: string }) => n.kind === "annualFollowUp.decided" && n.summary.includes("§ 41"))).toBe(
      true,
    );
  });

  it("rolls every nämnd up for kommunledning, and exports one nämnd's and the roll-up as tagged PDF and as data", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const { mixed, vonChef } = await scene(server, m);
    const secretary = await actor(server, m, "von.sekreterare");
    const { contentHash: hash } = await reportOf(secretary, m, YEAR);
    ok(await secretary(DECIDE, { organ: m.organs.VON.id, year: YEAR, hash, input: minutes() }));

    const leader = await actor(server, m, "kommunledning");
    const rows = ok(await leader(ROLL_UP, { year: YEAR })).annualFollowUpRollUp;
    expect(rows.map((r: any) => [r.organ.shortName, r.totals.agreements, r.decision?.paragraph ?? null])).toEqual([
      ["KUN", 1, null],
      ["VON", 3, "§ 41"],
    ]);
    expect(errorCode(await vonChef(ROLL_UP, { year: YEAR }))).toBe("FORBIDDEN");

    const url = `${server.url}/api/follow-up/namnd/${m.organs.VON.id}/${YEAR}`;
    expect((await fetch(`${url}.pdf`)).status).toBe(401);
    const psChef = await actor(server, m, "ps.chef");
    expect((await fetch(`${url}.pdf`, { headers: { authorization: `Bearer ${psChef.token}` } })).status).toBe(403);
    const response = await fetch(`${url}.pdf`, { headers: { authorization: `Bearer ${vonChef.token}` } });
    expect(dispositionFileName(response.headers.get("content-disposition"))).toBe(`uppfoljning-strategiska-avtal-VON-${YEAR}.pdf`);
    const pdf = await readPdf(await pdfOf(response));
    expect(pdf.marked).toBe(true);
    expect(pdf.structureRoots.every((root) => root !== null)).toBe(true);
    expect(pdf.title).toContain(`Uppföljning av strategiska avtal ${YEAR}`);
    expect(pdf.text).toContain(mixed.diarienummer);
    expect(pdf.text).toContain("Personalbrist under influensan");
    expect(pdf.text).toContain(hash);
    expect(pdf.text).toContain("§ 41");

    const data = await (await fetch(`${url}.json`, { headers: { authorization: `Bearer ${vonChef.token}` } })).json();
    // The data is exactly what the nämnd decided on: its hash is the frozen one.
    expect(contentHash({ organ: data.organ, year: data.year, agreements: data.agreements, totals: data.totals })).toBe(hash);
    expect(data.decision).toMatchObject({ paragraph: "§ 41", recordedBy: m.users["von.sekreterare"].name });

    const rollUp = `${server.url}/api/follow-up/roll-up/${YEAR}`;
    expect((await fetch(`${rollUp}.pdf`, { headers: { authorization: `Bearer ${vonChef.token}` } })).status).toBe(403);
    const rolled = await readPdf(await pdfOf(await fetch(`${rollUp}.pdf`, { headers: { authorization: `Bearer ${leader.token}` } })));
    expect(rolled.marked).toBe(true);
    expect(rolled.text).toContain("Vård- och omsorgsnämnden");
    expect(rolled.text).toContain("Kultur- och utbildningsnämnden");
    const rolledData = await (await fetch(`${rollUp}.json`, { headers: { authorization: `Bearer ${leader.token}` } })).json();
    expect(rolledData.namnder.map((n: any) => [n.organ.shortName, n.contentHash === hash])).toEqual([
      ["KUN", false],
      ["VON", true],
    ]);
  });
});
