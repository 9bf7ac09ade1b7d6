import { describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { createAgreement } from "../support/agreements.js";
import { addLines, fixedResource, scope } from "../support/balance.js";
import type { TestMunicipality } from "../support/factories.js";
import { actor } from "../support/graphql.js";
import type { TestServer } from "../support/server.js";
import { login, type TestBrowser } from "./support/browser.js";
import { expectAccessible, useScenario } from "./support/scenario.js";
import { openPart, waitUntilLive } from "./support/workspace.js";

const text = async (locator: Locator) => (await locator.innerText()).replace(/\s+/g, " ").trim();
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");
const markNoReload = (page: Page) => page.evaluate(() => ((window as unknown as { balansNoReload?: boolean }).balansNoReload = true));
const stillNoReload = (page: Page) => page.evaluate(() => (window as unknown as { balansNoReload?: boolean }).balansNoReload);

/** Waits on a condition in the page; the first load of a page with a live editor can take a few seconds. */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000 });

describe("disputes: a balance dispute goes from production to kommunledning and back as a decision", () => {
  let server: TestServer;
  let kommun: TestMunicipality;
  let purchaser: TestBrowser; // von.chef
  let provider: TestBrowser; // ps.chef
  let leadership: TestBrowser; // kommunledning

  useScenario(3, (scenario) => {
    ({ server, kommun } = scenario);
    [purchaser, provider, leadership] = scenario.browsers;
  });

  it("PS raises and escalates; kommunledning sees it live, assigns and decides new lines; both chiefs see the decided balance", async () => {
    const [von, ps, kl] = [purchaser.page, provider.page, leadership.page];
    const vonApi = await actor(server, kommun, "von.chef");
    const { id, diarienummer } = await createAgreement(vonApi, kommun, { title: "Hemtjänst 2027" });
    await addLines(vonApi, id, [
      scope("Hemtjänst, beviljade timmar", 1000, "400.00", "timmar"),
      fixedResource("Grundersättning", "380000.00"),
    ]);

    await Promise.all([
      login(von, server.url, kommun.email("von.chef"), kommun.password),
      login(ps, server.url, kommun.email("ps.chef"), kommun.password),
      login(kl, server.url, kommun.email("kommunledning"), kommun.password),
    ]);

    // Kommunledning opens its queue from the header; it is empty.
    await kl.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Eskaleringskö" }).click();
    await kl.getByRole("heading", { level: 1, name: "Eskaleringskö" }).waitFor();
    await kl.getByTestId("queue-empty").waitFor();
    await poll(() => text(kl.getByTestId("queue-thresholds"))).toBe("Varning efter 14 dagar och försenad efter 30 dagar i kön.");
    await markNoReload(kl);

    await Promise.all([von.goto(`${server.url}/overenskommelser/${id}/tvister`), ps.goto(`${server.url}/overenskommelser/${id}/tvister`)]);
    for (const page of [von, ps]) {
      await page.getByTestId("disputes-panel").waitFor();
      await waitUntilLive(page);
      await markNoReload(page);
    }

    // ps.chef opens the dialog from the keyboard: focus moves in, Escape closes it and returns focus.
    const raiseButton = ps.getByTestId("disputes-panel").getByRole("button", { name: "Lyft tvist om balansen" });
    await raiseButton.focus();
    await ps.keyboard.press("Enter");
    const dialog = ps.getByRole("dialog", { name: "Lyft en tvist" });
    await dialog.waitFor();
    await poll(() => focusedId(ps)).toBe("raise-concerns");
    await ps.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await poll(() => ps.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Lyft tvist om balansen");

    // The dialog is also reachable from each section, with that section chosen.
    await openPart(ps, "Text");
    await ps.getByRole("button", { name: "Lyft tvist om Mål och kvalitetskrav" }).click();
    await dialog.waitFor();
    expect(await dialog.getByLabel("Tvisten gäller").locator("option:checked").innerText()).toBe("Mål och kvalitetskrav");
    await dialog.getByRole("button", { name: "Avbryt" }).click();
    await dialog.waitFor({ state: "hidden" });

    // From the balance: submitting empty shows the errors at their fields; then the dispute is raised.
    await openPart(ps, "Balans");
    await ps.getByTestId("balance-panel").getByRole("button", { name: "Lyft tvist om balansen" }).click();
    await dialog.getByRole("button", { name: "Lyft tvisten" }).click();
    await poll(() => dialog.getByLabel("Vad är parterna oeniga om?").getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(ps);
    expect(await dialog.getByLabel("Tvisten gäller").inputValue()).toBe("");
    await dialog.getByLabel("Ämne").selectOption({ label: "Ekonomi" });
    await dialog.getByLabel("Vad är parterna oeniga om?").fill("Ersättningen täcker inte kostnaden för de beviljade timmarna.");
    await dialog.getByLabel("Er ståndpunkt").fill("Ersättningen ska höjas till 400 000 kr.");
    await dialog.getByLabel("Konsekvens ni förutser").fill("Annars måste vi minska antalet timmar med 5 %.");
    await dialog.getByRole("button", { name: "Lyft tvisten" }).click();
    await dialog.waitFor({ state: "hidden" });

    // von.chef sees it live on the agreement, and a notification.
    const vonCard = von.getByTestId("disputes-panel").locator(".dispute-card");
    await vonCard.getByRole("link", { name: "Ekonomi: balansen" }).waitFor();
    await poll(() => text(von.getByTestId("disputes-blocking"))).toBe("En olöst tvist hindrar att överenskommelsen skickas för beslut.");
    await von.getByTestId("notifications-count").filter({ hasText: "1" }).waitFor();
    // von.chef watches the balance from here on; the disputes part follows in the background.
    await openPart(von, "Balans");

    // ps.chef opens the dispute page: the amount at stake, the position; and escalates.
    await openPart(ps, "Tvister");
    await ps.getByTestId("disputes-panel").getByRole("link", { name: "Ekonomi: balansen" }).click();
    await ps.getByRole("heading", { level: 1, name: "Tvist om balansen" }).waitFor();
    await poll(() => text(ps.getByTestId("amount-at-stake"))).toBe("20 000,00 kr");
    await poll(() => text(ps.getByTestId("dispute-positions"))).toContain("Ersättningen ska höjas till 400 000 kr.");
    await expectAccessible(ps);
    await ps.getByRole("button", { name: "Eskalera till kommunledningen" }).click();
    await ps
      .getByRole("dialog", { name: "Eskalera tvisten till kommunledningen?" })
      .getByRole("button", { name: "Eskalera tvisten" })
      .click();
    await ps.getByTestId("dispute-status").filter({ hasText: "Eskalerad" }).waitFor();

    // Kommunledning's open queue shows it without a reload.
    const row = kl.getByTestId("escalation-queue").getByRole("row", { name: new RegExp(diarienummer) });
    await row.waitFor();
    expect(await text(row)).toContain("Ekonomi: balansen");
    expect(await text(row.getByTestId("age-badge"))).toBe("I tid");
    expect(await text(row)).toContain("Ej tilldelad");
    expect(await text(row)).toContain("20 000,00 kr");
    expect(await stillNoReload(kl)).toBe(true);
    await kl.getByTestId("notifications-count").filter({ hasText: "1" }).waitFor();
    await expectAccessible(kl);

    // ... assigns it to herself and decides, with new balance lines.
    await row.getByRole("link", { name: "Ekonomi: balansen" }).click();
    await kl.getByRole("heading", { level: 1, name: "Tvist om balansen" }).waitFor();
    await kl.getByLabel("Handläggare", { exact: true }).selectOption({ label: "Kristina Dahl" });
    await kl.getByRole("button", { name: "Tilldela" }).click();
    await poll(() => text(kl.getByTestId("dispute-assignee"))).toBe("Kristina Dahl");
    await kl.getByTestId("dispute-status").filter({ hasText: "Under beredning" }).waitFor();
    const form = kl.getByTestId("decision-form");
    await form.getByRole("textbox", { name: /^Beslutet/ }).fill("Ersättningen höjs till 400 000 kr för 2027.");
    expect(await form.getByLabel("Beslutet fastställer balansen").isChecked()).toBe(true);
    await form.locator("#decision-line-1-amount").fill("400 000");
    await expectAccessible(kl);
    await form.getByRole("button", { name: "Fatta beslutet" }).click();
    await kl.getByRole("dialog", { name: "Registrera beslutet?" }).getByRole("button", { name: "Registrera beslutet" }).click();
    await kl.getByTestId("dispute-decision").waitFor();
    await kl.getByTestId("dispute-status").filter({ hasText: "Avgjord" }).waitFor();
    await kl.getByTestId("dispute-history").locator('li[data-type="dispute.decided"]').waitFor();

    // Both förvaltningschefer see the decided balance live: the agreement page and the dispute page.
    const vonBalance = von.getByTestId("balance-panel");
    await vonBalance.getByTestId("balance-status").filter({ hasText: "Fastställd genom beslut" }).waitFor();
    await poll(() => text(vonBalance.getByTestId("total-difference"))).toContain("0,00 kr");
    await openPart(von, "Tvister");
    await von.getByTestId("disputes-panel").locator('.dispute-card[data-status="DECIDED"]').waitFor();
    await ps.getByTestId("dispute-decision").waitFor();
    await ps.getByTestId("dispute-status").filter({ hasText: "Avgjord" }).waitFor();
    await ps.goto(`${server.url}/overenskommelser/${id}/balans`);
    await ps.getByTestId("balance-panel").getByTestId("balance-status").filter({ hasText: "Fastställd genom beslut" }).waitFor();
    await poll(() => text(ps.getByTestId("balance-panel").getByTestId("total-difference"))).toContain("0,00 kr");
    await von.getByTestId("notifications-count").filter({ hasText: "4" }).waitFor(); // raised, escalated, assigned, decided

    // The queue is empty again, still without a reload.
    await kl.goBack();
    await kl.getByTestId("queue-empty").waitFor();
    for (const page of [von, kl]) expect(await stillNoReload(page)).toBe(true);
  });
});
