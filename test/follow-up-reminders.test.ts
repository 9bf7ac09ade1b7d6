import { describe, expect, it } from "vitest";
import type { Config } from "../server/config.js";
import { daysBetween } from "../server/reminders/reminders.model.js";
import { stockholmDate } from "../server/validation/meeting-date.js";
import { seedMunicipality, type TestMunicipality } from "./support/factories.js";
import { actionPlan, followedAgreement, mailChoice, reminderNotifications, reportPeriod } from "./support/follow-up-rows.js";
import { ROLES } from "./support/command-matrix.js";
import { actor, login, ok } from "./support/graphql.js";
import { asOwner } from "./support/owner.js";
import { useTestServer, type TestServer } from "./support/server.js";
import { startTestSmtp, type TestSmtp } from "./support/smtp.js";
import { collect, wsClient } from "./support/ws.js";

const PUBLIC_URL = "https://balans.kommun.test";
const NOTIFICATIONS = "{ notifications { kind agreementId diarienummer period dueDate summary } }";

/**
 * A server whose reminder sweep and mail worker serve only this test's municipalities (other files'
 * servers share the database). Neither sweeps by its timers within a test: the test runs the sweep
 * with a day of its choosing, in 2031, where no real day's sweep finds anything due.
 */
async function setup(): Promise<{ smtp: TestSmtp; server: TestServer; m: TestMunicipality; mine: Set<string> }> {
  const smtp = await startTestSmtp();
  const mine = new Set<string>();
  const server = await useTestServer(serverConfig(smtp, mine));
  const m = await seedMunicipality();
  mine.add(m.municipality.id);
  return { smtp, server, m, mine };
}

function serverConfig(smtp: TestSmtp, mine: Set<string>): Partial<Config> {
  return {
    smtpUrl: smtp.url,
    publicUrl: PUBLIC_URL,
    mailFrom: "Balans <balans@kommun.test>",
    mailWorker: { pollMs: 60_000, retryBaseMs: 100, digestEveryMs: 3_600_000, onlyMunicipalities: mine },
    reminderWorker: { everyMs: 3_600_000, onlyMunicipalities: mine },
  };
}

const mailRows = (m: TestMunicipality) =>
  asOwner(m.municipality.id, `SELECT user_id AS "userId", kind FROM mail_outbox WHERE kind IN ('NOTIFICATION', 'DIGEST') ORDER BY user_id`);

describe("follow-up reminders through a real SMTP server", () => {
  it("reminds the provider's avtalsansvarig of a report due within seven days, once, by mail at once and in the app", async () => {
    const { smtp, server, m } = await setup();
    const psHandlaggare = m.users["ps.handlaggare"].id;
    const agreement = await followedAgreement(server, m, {
      title: "Hemtjänst <Norr> & Söder",
      periodStart: "2031-01-01",
      periodEnd: "2031-12-31",
      frequencies: ["QUARTERLY"],
      providerResponsibleId: psHandlaggare,
    });
    const sweep = (today: string) => server.services.reminderWorker.sweep(today);

    expect(await sweep("2031-04-22")).toBe(0); // 2031-Q1 is due 2031-04-30: eight days ahead
    expect(await sweep("2031-04-24")).toBe(1);
    expect(await sweep("2031-04-24")).toBe(0);
    expect(await sweep("2031-04-29")).toBe(0);

    const [mail] = await smtp.mailsTo(m.email("ps.handlaggare"));
    expect(mail.subject).toBe(`Balans: Uppföljningsrapporten för 2031-Q1 i ${agreement.diarienummer} ska lämnas senast 2031-04-30`);
    expect(mail.text).toContain("Överenskommelse: Hemtjänst <Norr> & Söder");
    expect(mail.html).toContain("Hemtjänst &lt;Norr&gt; &amp; Söder");
    expect(mail.text).toContain(`${PUBLIC_URL}/overenskommelser/${agreement.id}/uppfoljning`);
    for (const part of [mail.subject, mail.text, mail.html]) expect(part).not.toMatch(/HEMLIG/);

    const mine = ok(await (await actor(server, m, "ps.handlaggare"))(NOTIFICATIONS)).notifications;
    expect(mine).toEqual([
      {
        kind: "followUp.reportDue",
        agreementId: agreement.id,
        diarienummer: agreement.diarienummer,
        period: "2031-Q1",
        dueDate: "2031-04-30",
        summary: "Uppföljningsrapporten för 2031-Q1 ska lämnas senast 2031-04-30",
      },
    ]);
    // The avtalsansvarig is named: the förvaltningschef is not reminded; the purchaser is not, before it is late.
    expect((await reminderNotifications(m)).map((n) => n.userId)).toEqual([psHandlaggare]);
    expect(await mailRows(m)).toEqual([{ userId: psHandlaggare, kind: "NOTIFICATION" }]);

    // Reported in time: nothing is overdue once the date has passed.
    await reportPeriod(m, agreement.id, agreement.indicatorIds[0], "2031-Q1");
    expect(await sweep("2031-05-02")).toBe(0);
  });

  it("an overdue report (returned counts as not reported) reminds both sides' förvaltningschefer, by their choice of mail", async () => {
    const { smtp, server, m } = await setup();
    await asOwner(m.municipality.id, "UPDATE municipality SET follow_up_due_days = 10 WHERE id = $1", [m.municipality.id]);
    const [vonChef, psChef] = [m.users["von.chef"].id, m.users["ps.chef"].id];
    await mailChoice(m, vonChef, "NONE");
    await mailChoice(m, psChef, "DAILY", "en");
    const agreement = await followedAgreement(server, m, { periodStart: "2031-01-01", periodEnd: "2031-06-30", frequencies: ["MONTHLY"] });
    await reportPeriod(m, agreement.id, agreement.indicatorIds[0], "2031-01", "RETURNED");

    // 2031-01 was due 2031-02-10; 2031-02 is due 2031-03-10, more than seven days ahead.
    expect(await server.services.reminderWorker.sweep("2031-02-20")).toBe(2);
    expect(await server.services.reminderWorker.sweep("2031-02-21")).toBe(0);
    expect(await reminderNotifications(m)).toEqual(
      [vonChef, psChef].sort().map((userId) => ({
        userId,
        kind: "followUp.reportOverdue",
        agreementId: agreement.id,
        period: "2031-01",
        dueDate: "2031-02-10",
      })),
    );
    // NONE: in the app only. DAILY: nothing at once, then in the day's digest.
    expect(await mailRows(m)).toEqual([]);
    expect(await server.services.mailWorker!.sweepDigests()).toBe(1);
    const [digest] = await smtp.mailsTo(m.email("ps.chef"));
    expect(digest.subject).toBe("Balans: 1 unread notification");
    expect(digest.text).toContain(`The follow-up report for 2031-01 on ${agreement.diarienummer} is overdue (it was due by 2031-02-10)`);
    expect(digest.text).toContain(`${PUBLIC_URL}/overenskommelser/${agreement.id}/uppfoljning`);
    expect(digest.text).not.toMatch(/HEMLIG/);
    expect(await mailRows(m)).toEqual([{ userId: psChef, kind: "DIGEST" }]);
  });

  it("an overdue action plan reminds its owner and the provider's avtalsansvarig, once; a done plan, nobody", async () => {
    const { smtp, server, m } = await setup();
    const [owner, psChef] = [m.users["ps.handlaggare"].id, m.users["ps.chef"].id];
    await mailChoice(m, psChef, "IMMEDIATE", "en");
    const agreement = await followedAgreement(server, m, {
      periodStart: "2031-01-01",
      periodEnd: "2031-12-31",
      frequencies: ["QUARTERLY"],
      providerResponsibleId: psChef,
    });
    const report = await reportPeriod(m, agreement.id, agreement.indicatorIds[0], "2031-Q1");
    const plan = await actionPlan(m, agreement.id, report, owner, "2031-05-15");

    expect(await server.services.reminderWorker.sweep("2031-05-15")).toBe(0); // due today: not yet late
    expect(await server.services.reminderWorker.sweep("2031-05-20")).toBe(2);
    expect(await server.services.reminderWorker.sweep("2031-05-21")).toBe(0);
    const [sv] = await smtp.mailsTo(m.email("ps.handlaggare"));
    expect(sv.subject).toBe(`Balans: En handlingsplan för 2031-Q1 i ${agreement.diarienummer} är försenad (skulle vara klar 2031-05-15)`);
    const [en] = await smtp.mailsTo(m.email("ps.chef"));
    expect(en.subject).toBe(`Balans: An action plan for 2031-Q1 on ${agreement.diarienummer} is overdue (it was due by 2031-05-15)`);
    for (const part of [sv.text, sv.html, en.text, en.html]) expect(part).not.toMatch(/HEMLIG/);
    const notified = await asOwner(m.municipality.id, "SELECT user_id, data->>'actionPlanId' AS plan FROM notification ORDER BY user_id");
    expect(notified).toEqual([owner, psChef].sort().map((user_id) => ({ user_id, plan })));

    // Done: a later plan's day finds nothing of it.
    await asOwner(m.municipality.id, "UPDATE action_plan SET status = 'DONE' WHERE id = $1", [plan]);
    await asOwner(m.municipality.id, "DELETE FROM follow_up_reminder");
    expect(await server.services.reminderWorker.sweep("2031-05-22")).toBe(0);
  });

  it("two server processes sweeping at once send each reminder once", async () => {
    const { smtp, server, m, mine } = await setup();
    const second = await useTestServer(serverConfig(smtp, mine));
    await followedAgreement(server, m, { periodStart: "2031-01-01", periodEnd: "2031-12-31", frequencies: ["MONTHLY", "YEARLY"] });
    // On 2031-11-25 the months January–September are overdue (to VON's and PS's chefs), October is due
    // within the week (to PS's), and the year is not due until 2032.
    const sent = await Promise.all([
      server.services.reminderWorker.sweep("2031-11-25"),
      second.services.reminderWorker.sweep("2031-11-25"),
      server.services.reminderWorker.sweep("2031-11-25"),
    ]);
    expect(sent.reduce((a, b) => a + b, 0)).toBe(9 * 2 + 1);
    const rows = await reminderNotifications(m);
    expect(rows).toHaveLength(19);
    expect(new Set(rows.map((r) => `${r.kind} ${r.period} ${r.userId}`)).size).toBe(19);
  });
});

describe("kommunledning's view of overdue follow-up", () => {
  const OVERDUE = `{ overdueFollowUp { id kind agreementId diarienummer title period actionPlanId dueDate daysOverdue
    purchaser { shortName } provider { shortName } responsible { name } } }`;

  /** A municipality whose agreement of two years ago is overdue: Q2 returned, Q4 not reported, Q1's plan not done. */
  async function overdueMunicipality(server: TestServer) {
    const m = await seedMunicipality();
    const year = new Date().getFullYear() - 2;
    const agreement = await followedAgreement(server, m, {
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
      frequencies: ["QUARTERLY"],
      providerResponsibleId: m.users["ps.handlaggare"].id,
    });
    const [indicator] = agreement.indicatorIds;
    const q1 = await reportPeriod(m, agreement.id, indicator, `${year}-Q1`, "ACCEPTED");
    await reportPeriod(m, agreement.id, indicator, `${year}-Q2`, "RETURNED");
    const q3 = await reportPeriod(m, agreement.id, indicator, `${year}-Q3`, "REPORTED");
    const plan = await actionPlan(m, agreement.id, q1, m.users["ps.chef"].id, `${year + 1}-03-01`);
    await actionPlan(m, agreement.id, q3, m.users["ps.chef"].id, `${year + 1}-03-01`, "DONE");
    return { m, year, agreement, plan };
  }

  it("lists overdue reports and plans, longest overdue first, to KOMMUNLEDNING and REVISOR only", async () => {
    const server = await useTestServer();
    const { m, year, agreement, plan } = await overdueMunicipality(server);
    const leader = await actor(server, m, "kommunledning");
    const items = ok(await leader(OVERDUE)).overdueFollowUp;
    const common = { agreementId: agreement.id, diarienummer: agreement.diarienummer, title: "Hemtjänst i ordinarie boende" };
    const organs = { purchaser: { shortName: "VON" }, provider: { shortName: "PS" } };
    expect(items).toEqual([
      {
        ...common,
        ...organs,
        id: `REPORT:${agreement.id}:${year}-Q2`,
        kind: "REPORT",
        period: `${year}-Q2`,
        actionPlanId: null,
        dueDate: `${year}-07-30`,
        daysOverdue: expect.any(Number),
        responsible: [{ name: "Pål Åkesson" }, { name: "Vera Lind" }],
      },
      expect.objectContaining({ kind: "REPORT", period: `${year}-Q4`, dueDate: `${year + 1}-01-30` }),
      {
        ...common,
        ...organs,
        id: `ACTION_PLAN:${plan}`,
        kind: "ACTION_PLAN",
        period: `${year}-Q1`,
        actionPlanId: plan,
        dueDate: `${year + 1}-03-01`,
        daysOverdue: expect.any(Number),
        responsible: [{ name: "Petra Sjöberg" }, { name: "Pål Åkesson" }], // in Swedish order: å after z
      },
    ]);
    expect(items[0].daysOverdue).toBe(daysBetween(`${year}-07-30`, stockholmDate(new Date())));

    for (const who of ROLES) {
      const result = await (await actor(server, m, who))(OVERDUE);
      if (who === "kommunledning" || who === "revisor") expect(ok(result).overdueFollowUp).toHaveLength(3);
      else expect(result.errors?.[0]?.extensions?.code, who).toBe("FORBIDDEN");
    }
  });

  it("shows each municipality its own overdue follow-up only, and its reminders reach only its own users", async () => {
    const server = await useTestServer();
    const a = await overdueMunicipality(server);
    const b = await overdueMunicipality(server);
    const idsOf = async (m: TestMunicipality) =>
      (ok(await (await actor(server, m, "kommunledning"))(OVERDUE)).overdueFollowUp as Array<{ agreementId: string }>).map(
        (i) => i.agreementId,
      );
    expect(new Set(await idsOf(a.m))).toEqual(new Set([a.agreement.id]));
    expect(new Set(await idsOf(b.m))).toEqual(new Set([b.agreement.id]));

    const sweeping = await useTestServer({ reminderWorker: { everyMs: 0, onlyMunicipalities: new Set([a.m.municipality.id]) } });
    expect(await sweeping.services.reminderWorker.sweep()).toBe(6);
    const users = new Set(Object.values(a.m.users).map((u) => u.id));
    expect((await reminderNotifications(a.m)).every((n) => users.has(n.userId) && n.agreementId === a.agreement.id)).toBe(true);
    expect(await reminderNotifications(b.m)).toEqual([]);
  });

  it("is live: the count comes at once and again when the sweep finds something newly overdue", async () => {
    const server = await useTestServer();
    const { m } = await overdueMunicipality(server);
    const sockets = wsClient(server, await login(server, m, "kommunledning"));
    const feed = collect<number>(sockets, "subscription { overdueFollowUpChanged }", {}, "overdueFollowUpChanged");
    await feed.waitFor((values) => values.length === 1);
    expect(feed.values).toEqual([3]);
    const sweeping = await useTestServer({ reminderWorker: { everyMs: 0, onlyMunicipalities: new Set([m.municipality.id]) } });
    expect(await sweeping.services.reminderWorker.sweep()).toBeGreaterThan(0);
    expect(await feed.waitFor((values) => values.length === 2)).toEqual([3, 3]);

    const forbidden = collect(wsClient(server, await login(server, m, "ps.chef")), "subscription { overdueFollowUpChanged }", {}, "x");
    await expect(forbidden.waitFor(() => false, 5000)).rejects.toThrow(/FORBIDDEN|Försenad uppföljning/);
  });
});
