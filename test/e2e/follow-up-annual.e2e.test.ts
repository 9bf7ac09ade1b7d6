import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { today } from "../support/approval.js";
import { addLines, fixedResource, setAgreementStatus } from "../support/balance.js";
import type { TestMunicipality } from "../support/factories.js";
import { agreementForYear, indicator, reportedValue } from "../support/follow-up-annual.js";
import { actor } from "../support/graphql.js";
import type { TestServer } from "../support/server.js";
import { login, type TestBrowser } from "./support/browser.js";
import { expectAccessible, useScenario } from "./support/scenario.js";

const YEAR = Number(today().slice(0, 4)) - 1;
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000 });

async function confirmIn(page: Page, title: string, confirm: string): Promise<void> {
  const dialog = page.getByRole("dialog", { name: title });
  await dialog.waitFor();
  await poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Avbryt");
  await dialog.getByRole("button", { name: confirm, exact: true }).click();
  await dialog.waitFor({ state: "hidden" });
}

describe("strategic agreements and the yearly follow-up report", () => {
  let server: TestServer;
  let kommun: TestMunicipality;
  let chief: TestBrowser; // von.chef
  let secretary: TestBrowser; // von.sekreterare
  let leadership: TestBrowser; // kommunledning

  useScenario(3, (scenario) => {
    ({ server, kommun } = scenario);
    [chief, secretary, leadership] = scenario.browsers;
  });

  it("classifies and marks the 11th strategic agreement after confirmation, assesses its year, records the nämnd's decision and rolls it up", async () => {
    const vonChef = await actor(server, kommun, "von.chef");
    for (let i = 0; i < 10; i++) await agreementForYear(vonChef, kommun, YEAR, { title: `Tidigare strategiskt avtal ${i + 1}` });
    const { id, diarienummer } = await agreementForYear(vonChef, kommun, YEAR, {
      status: "DRAFT",
      strategic: false,
      title: "Hemtjänst söder",
    });
    await addLines(vonChef, id, [fixedResource("Ersättning", "30000000.00")]);
    await setAgreementStatus(kommun, id, "SIGNED");
    await reportedValue(kommun, id, await indicator(kommun, id), `${YEAR}-Q1`, "70", "RED", { comment: "Sjukfrånvaro" });

    const page = chief.page;
    await login(page, server.url, kommun.email("von.chef"), kommun.password);
    await page.goto(`${server.url}/overenskommelser/${id}/klassificering`);
    const panel = page.getByTestId("classification-panel");
    await panel.getByRole("heading", { name: "Klassificering och ansvar" }).waitFor();
    await panel.getByLabel(/Avtalsansvarig hos beställaren/).selectOption({ label: kommun.users["von.handlaggare"].name });
    await panel.getByRole("button", { name: "Spara" }).first().click();
    await poll(() => page.getByRole("status").filter({ hasText: "Sparat." }).count()).toBeGreaterThan(0);
    await panel.getByRole("radio", { name: "Hög" }).check();
    await panel
      .getByRole("group", { name: /Påverkan/ })
      .getByRole("button", { name: "Spara" })
      .click();
    await poll(() => panel.getByTestId("classification-suggestion").innerText()).toContain("föreslår att avtalet är strategiskt");
    await expectAccessible(page);

    await panel.getByRole("button", { name: "Markera som strategiskt" }).click();
    await confirmIn(page, "Fler än tio strategiska avtal?", "Markera ändå");
    await poll(() => panel.getByTestId("classification-strategic").innerText()).toBe("Avtalet är strategiskt");

    // The report: the agreement with its red value, and the purchaser's assessment.
    await page.goto(`${server.url}/uppfoljning/${kommun.organs.VON.id}/${YEAR}`);
    const section = page.getByTestId("report-agreement").filter({ hasText: diarienummer });
    await section.waitFor();
    await poll(() => section.getByTestId("report-requirements-met").innerText()).toBe("Nej");
    await section.getByRole("button", { name: "Skriv bedömningen" }).click();
    await section.getByRole("radio", { name: "Delvis" }).check();
    await section.getByLabel("Hur påverkar bristerna nämndens måluppfyllelse?").fill("Målet om kontinuitet nås delvis.");
    await section.getByRole("button", { name: "Spara bedömningen" }).click();
    await poll(() => section.getByTestId("report-assessment").innerText()).toContain("Målet om kontinuitet nås delvis.");
    await expect(section.getByTestId("report-requirements-met").innerText()).resolves.toContain("Delvis");
    await expectAccessible(page);

    // The secretary finds the report from the header and records the decision, after a confirmation.
    const other = secretary.page;
    await login(other, server.url, kommun.email("von.sekreterare"), kommun.password);
    await other.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Uppföljning" }).click();
    await other.getByRole("link", { name: `Uppföljningsrapport ${YEAR}` }).click();
    const form = other.getByTestId("annual-decision-form");
    await form.getByLabel("Sammanträdesdatum").fill(today());
    await form.getByLabel("Paragraf").fill("§ 41");
    await form.getByRole("button", { name: "Registrera beslutet" }).click();
    await confirmIn(other, "Registrera nämndens beslut?", "Registrera");
    await poll(() => other.getByTestId("annual-decision").innerText()).toContain("§ 41");
    await expectAccessible(other);

    // Kommunledning's roll-up: VON decided, KUN without strategic agreements.
    const leader = leadership.page;
    await login(leader, server.url, kommun.email("kommunledning"), kommun.password);
    await leader.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Uppföljning" }).click();
    await leader.getByRole("link", { name: `Sammanställning ${YEAR}: uppföljning av strategiska avtal` }).click();
    const row = leader.getByTestId("annual-roll-up").getByRole("row", { name: /Vård- och omsorgsnämnden/ });
    await poll(() => row.innerText()).toContain("§ 41");
    await expectAccessible(leader);
  });
});
