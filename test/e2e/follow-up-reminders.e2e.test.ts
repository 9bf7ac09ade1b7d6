import { describe, expect, it } from "vitest";
import type { Locator } from "playwright-core";
import type { TestMunicipality } from "../support/factories.js";
import { actionPlan, followedAgreement, reportPeriod } from "../support/follow-up-rows.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { login, type TestBrowser } from "./support/browser.js";
import { expectAccessible, useScenario } from "./support/scenario.js";

const text = async (locator: Locator) => (await locator.innerText()).replace(/\s+/g, " ").trim();
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000 });

describe("kommunledning's queue view shows overdue follow-up, live", () => {
  let server: TestServer;
  let kommun: TestMunicipality;
  let leadership: TestBrowser;

  useScenario(1, (scenario) => {
    ({ server, kommun } = scenario);
    [leadership] = scenario.browsers;
  });

  it("lists the reports and plans that a due date passing made overdue, without a reload, accessibly", async () => {
    const kl = leadership.page;
    await login(kl, server.url, kommun.email("kommunledning"), kommun.password);
    await kl.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Eskaleringskö" }).click();
    await kl.getByRole("heading", { level: 2, name: "Försenad uppföljning" }).waitFor();
    await kl.getByTestId("overdue-empty").waitFor();
    await kl.evaluate(() => ((window as unknown as { balansNoReload?: boolean }).balansNoReload = true));

    // An agreement of two years ago: Q2 returned, Q4 never reported, Q1's action plan not done.
    const year = new Date().getFullYear() - 2;
    const agreement = await followedAgreement(server, kommun, {
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
      frequencies: ["QUARTERLY"],
      providerResponsibleId: kommun.users["ps.handlaggare"].id,
    });
    const [indicator] = agreement.indicatorIds;
    const q1 = await reportPeriod(kommun, agreement.id, indicator, `${year}-Q1`, "ACCEPTED");
    await reportPeriod(kommun, agreement.id, indicator, `${year}-Q2`, "RETURNED");
    await reportPeriod(kommun, agreement.id, indicator, `${year}-Q3`, "REPORTED");
    await actionPlan(kommun, agreement.id, q1, kommun.users["ps.chef"].id, `${year + 1}-03-01`);

    // Another server process's sweep finds them newly overdue; the open page hears of it.
    const sweeper = await startTestServer({ reminderWorker: { everyMs: 0, onlyMunicipalities: new Set([kommun.municipality.id]) } });
    try {
      expect(await sweeper.services.reminderWorker.sweep()).toBeGreaterThan(0);
    } finally {
      await sweeper.close();
    }
    const table = kl.getByTestId("overdue-table");
    await poll(() => table.locator("tbody tr").count()).toBe(3);
    expect(await text(table.locator("tbody tr").first())).toMatch(
      new RegExp(
        `^Rapport för ${year}-Q2 ${agreement.diarienummer} Hemtjänst i ordinarie boende Vård- och omsorgsnämnden ${year}-07-30 \\d+ dagar Pål Åkesson, Vera Lind$`,
      ),
    );
    expect(await text(table.locator("tbody tr").nth(2))).toContain(`Handlingsplan för ${year}-Q1`);
    const link = table.getByRole("link", { name: `Rapport för ${year}-Q4` });
    expect(await link.getAttribute("href")).toBe(`/overenskommelser/${agreement.id}/uppfoljning`);
    expect(await kl.evaluate(() => (window as unknown as { balansNoReload?: boolean }).balansNoReload)).toBe(true);
    await expectAccessible(kl);
  });
});
