import { describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { createAgreement } from "../support/agreements.js";
import type { TestMunicipality } from "../support/factories.js";
import { formatSek } from "../../client/features/balance/money.js";
import { moneyDifference } from "../../client/features/follow-up/measure.js";
import { LAST_YEAR, TERM, quarter, signedAgreement } from "../support/follow-up.js";
import { actor, ok } from "../support/graphql.js";
import type { TestServer } from "../support/server.js";
import { login, type TestBrowser } from "./support/browser.js";
import { expectAccessible, useScenario } from "./support/scenario.js";
import { openPart, waitUntilLive } from "./support/workspace.js";

/** Playwright normalises whitespace (the no-break spaces of sv-SE) in text matching; this does it for innerText. */
const text = async (locator: Locator) => (await locator.innerText()).replace(/\s+/g, " ").trim();
const INDICATOR = "Andel brukare nöjda med bemötandet";
/** The quarter reported: the third of last year, ended and overdue (the fixtures' term is last year and this). */
const Q = quarter(3);

/** The scope line's 1 000 000 kr pro rata for the quarter's 92 days of the term, rounded to öre as the server does. */
function compensationOfQuarter(): string {
  const days = (Date.parse(TERM.periodEnd) - Date.parse(TERM.periodStart)) / 86_400_000 + 1;
  const ore = (100_000_000n * 92n * 2n + BigInt(days)) / (2n * BigInt(days));
  return `${ore / 100n}.${String(ore % 100n).padStart(2, "0")}`;
}

/** The indicators part's row of one indicator (its name is the row header). */
const indicatorRow = (page: Page, name: string) => page.getByTestId("indicators-table").getByRole("row", { name: new RegExp(`^${name}`) });

describe("follow-up: indicators in the draft, then a reported quarter with a red value, a plan and the purchaser's acceptance", () => {
  let server: TestServer;
  let kommun: TestMunicipality;
  let purchaser: TestBrowser; // von.chef
  let provider: TestBrowser; // ps.handlaggare

  useScenario(2, (scenario) => {
    ({ server, kommun } = scenario);
    [purchaser, provider] = scenario.browsers;
  });

  it("adds an indicator with a decimal comma, shows a stale edit as a conflict, and removes it after confirmation", async () => {
    const von = purchaser.page;
    const vonApi = await actor(server, kommun, "von.chef");
    const psApi = await actor(server, kommun, "ps.chef");
    const { id } = await createAgreement(vonApi, kommun, { title: "Hemtjänst, indikatorer" });
    await login(von, server.url, kommun.email("von.chef"), kommun.password);
    await von.goto(`${server.url}/overenskommelser/${id}`);
    await waitUntilLive(von);
    await openPart(von, "Indikatorer");
    const panel = von.getByTestId("indicators-panel");
    await panel.getByText("Överenskommelsen har inga indikatorer än.").waitFor();
    // Follow-up begins at signing: a draft has no Uppföljning part.
    expect(await von.getByRole("navigation", { name: "Överenskommelsens delar" }).getByRole("link", { name: "Uppföljning" }).count()).toBe(
      0,
    );

    // A threshold on the good side of the target is refused at its field, with a summary that leads there.
    await panel.getByRole("button", { name: "Lägg till indikator" }).click();
    await expect.poll(() => von.evaluate(() => document.activeElement?.id)).toBe("indicator-new-name");
    await von.getByRole("textbox", { name: "Namn", exact: true }).fill("Väntetid till insats");
    await von.getByRole("textbox", { name: "Enhet", exact: true }).fill("dagar");
    await von.getByRole("combobox", { name: "Riktning", exact: true }).selectOption({ label: "Lägre är bättre" });
    await von.getByRole("textbox", { name: "Målvärde", exact: true }).fill("10,5");
    await von.getByRole("textbox", { name: "Varningsgräns", exact: true }).fill("8");
    await von.getByRole("combobox", { name: "Avsnitt", exact: true }).selectOption({ label: "Mål och kvalitetskrav" });
    await panel.getByRole("button", { name: "Spara indikatorn" }).click();
    const summary = panel.getByRole("alert").filter({ hasText: "Indikatorn kunde inte sparas" });
    await summary.waitFor();
    expect(await text(summary.getByRole("link"))).toBe("Varningsgräns: Varningsgränsen ska ligga över målvärdet när lägre är bättre.");
    expect(await von.getByRole("textbox", { name: "Varningsgräns", exact: true }).getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(von);
    await von.getByRole("textbox", { name: "Varningsgräns", exact: true }).fill("14,25");
    await panel.getByRole("button", { name: "Spara indikatorn" }).click();
    const row = indicatorRow(von, "Väntetid till insats");
    await row.waitFor();
    expect(await text(row)).toContain("Mål 10,5 dagar, varning vid 14,25 dagar Lägre är bättre Varje kvartal Mål och kvalitetskrav");

    // von.chef opens the indicator; ps.chef saves a change first: von's save is a CONFLICT, kept, then saved.
    await row.getByRole("button", { name: "Ändra: Väntetid till insats" }).click();
    const indicator = ok(await psApi("query($id: ID!) { agreement(id: $id) { indicators { id version } } }", { id })).agreement
      .indicators[0];
    ok(
      await psApi(
        `mutation($i: ID!, $v: Int!, $input: IndicatorInput!) { updateIndicator(indicatorId: $i, version: $v, input: $input) { version } }`,
        {
          i: indicator.id,
          v: indicator.version,
          input: {
            name: "Väntetid till insats",
            unit: "dagar",
            direction: "LOWER_IS_BETTER",
            target: "11",
            warnAt: "14.25",
            frequency: "QUARTERLY",
          },
        },
      ),
    );
    await von.getByRole("textbox", { name: "Målvärde", exact: true }).fill("12");
    await panel.getByRole("button", { name: "Spara indikatorn" }).click();
    await panel.getByText("Någon annan ändrade indikatorn medan du skrev.").waitFor();
    expect(await von.getByRole("textbox", { name: "Målvärde", exact: true }).inputValue()).toBe("12");
    await panel.getByRole("button", { name: "Spara indikatorn" }).click();
    await expect.poll(() => text(indicatorRow(von, "Väntetid till insats"))).toContain("Mål 12 dagar, varning vid 14,25 dagar");

    // Removal asks first and names what goes.
    await indicatorRow(von, "Väntetid till insats").getByRole("button", { name: "Ta bort: Väntetid till insats" }).click();
    const dialog = von.getByRole("dialog", { name: "Ta bort indikatorn?" });
    expect(await text(dialog)).toContain("Indikatorn ”Väntetid till insats” tas bort ur utkastet.");
    await dialog.getByRole("button", { name: "Ta bort indikatorn" }).click();
    await panel.getByText("Överenskommelsen har inga indikatorer än.").waitFor();
  });

  it("the provider reports a past quarter with a red value and a plan, the purchaser accepts it live, and chart and table show it", async () => {
    const von = purchaser.page;
    const ps = provider.page;
    const { id } = await signedAgreement(server, kommun);
    const url = `${server.url}/overenskommelser/${id}/uppfoljning`;
    await login(ps, server.url, kommun.email("ps.handlaggare"), kommun.password);
    await Promise.all([von.goto(url), ps.goto(url)]);
    await Promise.all([waitUntilLive(von), waitUntilLive(ps)]);
    const vonPanel = von.getByTestId("follow-up-panel");
    const psPanel = ps.getByTestId("follow-up-panel");
    await psPanel.getByRole("heading", { name: "Levererar produktionen det som beställts?" }).waitFor();
    await psPanel.getByRole("heading", { name: "Är det rätt pengar för beställningen?" }).waitFor();
    const psPeriod = ps.locator(`[data-period="${Q}"]`);
    const vonPeriod = von.locator(`[data-period="${Q}"]`);
    expect(await text(psPeriod.getByTestId("period-status"))).toBe("Försenad");
    expect(await text(psPanel.getByTestId("overdue-reports"))).toContain(`${Q}: skulle ha rapporterats senast ${LAST_YEAR}-10-30`);
    // The purchaser is offered no report; the indicators are read-only once signed.
    expect(await vonPeriod.getByRole("button", { name: `Rapportera ${Q}` }).count()).toBe(0);
    await expectAccessible(ps);

    // ps.handlaggare reports the quarter: one value under the warning threshold, and the delivery in Swedish notation.
    await psPeriod.getByRole("button", { name: `Rapportera ${Q}` }).click();
    await ps.getByLabel(`${INDICATOR} (%)`, { exact: true }).fill("72,5");
    await ps.getByLabel(`Kommentar eller analys: ${INDICATOR}`).fill("Hög personalomsättning under sommaren.");
    await ps.getByLabel("Levererad volym (brukare): Hemtjänst").fill("24,5");
    await ps.getByLabel("Faktisk kostnad (kr): Hemtjänst").fill("260 000");
    await expectAccessible(ps);
    await psPeriod.getByRole("button", { name: "Spara rapporten" }).click();
    await psPeriod.getByText(`Rapporten för ${Q} är sparad. Beräknad status: ${INDICATOR}: Röd.`).waitFor();
    expect(await text(psPeriod.getByTestId("report-status"))).toBe("■ Röd: målet inte nått, utanför varningsgränsen");
    await psPeriod.getByText("Ett rött värde behöver en handlingsplan innan perioden kan godtas.").waitFor();

    // von.chef sees the report live; a red value without a plan offers no acceptance yet.
    await expect.poll(() => text(vonPeriod.getByTestId("period-status"))).toBe("Rapporterad, väntar på beställaren");
    expect(await vonPeriod.getByRole("button", { name: `Godta uppföljningen för ${Q}` }).count()).toBe(0);

    // The provider adds the plan: description, owner from the parties, due date, actions; then ticks one off.
    await psPeriod.getByRole("button", { name: `Lägg till handlingsplan: ${INDICATOR} ${Q}` }).click();
    await ps
      .getByRole("textbox", { name: "Vad ska göras och varför" })
      .fill("Introduktion för sommarvikarier och uppföljande samtal med brukarna.");
    await ps.getByRole("combobox", { name: "Ansvarig", exact: true }).selectOption({ label: "Petra Sjöberg" });
    await ps.getByLabel("Klar senast").fill("2027-03-31");
    await ps.getByRole("textbox", { name: "Åtgärder", exact: true }).fill("Introduktionsprogram för vikarier\nUppföljande enkät i januari");
    await psPeriod.getByRole("button", { name: "Spara handlingsplanen" }).click();
    const plan = psPeriod.locator('[data-testid^="action-plan-"]');
    await plan.waitFor();
    expect(await text(plan)).toContain("Ansvarig: Petra Sjöberg. Klar senast 2027-03-31.");
    await plan.getByLabel("Introduktionsprogram för vikarier").check();
    await expect.poll(() => plan.getByLabel("Introduktionsprogram för vikarier").isChecked()).toBe(true);
    await plan.getByRole("combobox", { name: "Status", exact: true }).selectOption({ label: "Pågår" });
    await plan.getByRole("button", { name: "Ändra status" }).click();
    await expect.poll(() => text(plan.getByTestId("plan-status"))).toBe("Pågår");
    await expectAccessible(ps);

    // von.chef sees the plan and, with it, the acceptance live; accepting asks first and names the consequence.
    const vonPlan = vonPeriod.locator('[data-testid^="action-plan-"]');
    await expect.poll(() => text(vonPlan)).toContain("☑ Introduktionsprogram för vikarier");
    await vonPeriod.getByRole("button", { name: `Godta uppföljningen för ${Q}` }).click();
    const dialog = von.getByRole("dialog", { name: `Godta uppföljningen för ${Q}?` });
    expect(await text(dialog)).toContain("resultaten blir offentliga på överenskommelsens offentliga sida");
    await dialog.getByRole("button", { name: "Godta uppföljningen" }).click();
    await expect.poll(() => text(vonPeriod.getByTestId("period-status"))).toBe("Godtagen");
    await vonPeriod.getByText(`Uppföljningen för ${Q} är godtagen.`).waitFor();

    // ps sees it live: the period is locked, the report button gone.
    await expect.poll(() => text(psPeriod.getByTestId("period-status"))).toBe("Godtagen");
    await expect.poll(() => psPeriod.getByRole("button", { name: `Ändra rapporten för ${Q}` }).count()).toBe(0);

    // The chart names the value and its status; the table beside it holds the same data.
    const chart = vonPanel.getByTestId("indicator-chart");
    expect(await chart.getAttribute("role")).toBe("img");
    await expect
      .poll(() => chart.getAttribute("aria-label"))
      .toBe(`${INDICATOR}, %: 1 rapporterat värde mot målet 90. Senast ${Q}: 72,5 %, röd.`);
    expect(await chart.locator("rect").count()).toBe(1); // the red value's square
    const tableRow = vonPanel.getByTestId("indicator-table").getByRole("row", { name: new RegExp(`^${Q}`) });
    expect(await text(tableRow)).toBe(`${Q} 72,5 ■ Röd Godtagen`);
    const delivery = vonPanel.getByTestId("deliveries-table").getByRole("row", { name: new RegExp(`^${Q} Hemtjänst`) });
    const compensation = compensationOfQuarter();
    expect(await text(delivery)).toContain(
      `24,5 brukare ${formatSek(compensation)} 260 000,00 kr ${formatSek(moneyDifference(compensation, "260000.00"))}`.replace(/\s+/g, " "),
    );
    await expectAccessible(von);
    await openPart(von, "Indikatorer");
    expect(
      await von
        .getByTestId("indicators-panel")
        .getByRole("button", { name: /Ändra|Ta bort|Lägg till/ })
        .count(),
    ).toBe(0);

    // The accepted quarter is public, without login.
    await ps.goto(`${server.url}/${kommun.slug}/offentligt`);
    const record = ps.getByRole("article", { name: /Hemtjänst/ });
    const results = record.getByTestId("public-follow-up-results");
    await results.waitFor();
    expect(await text(results.getByRole("row", { name: new RegExp(`^${INDICATOR}`) }))).toContain(`${Q} 72,5 %`);
    expect(await text(results)).toContain("Röd");
    await expectAccessible(ps);
  });
});
