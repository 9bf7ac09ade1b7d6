import { describe, expect, it } from "vitest";
import type { Locator } from "playwright-core";
import { createAgreement } from "../support/agreements.js";
import { addLines, scope } from "../support/balance.js";
import type { TestMunicipality } from "../support/factories.js";
import { actor } from "../support/graphql.js";
import type { TestServer } from "../support/server.js";
import { login, type TestBrowser } from "./support/browser.js";
import { expectAccessible, useScenario } from "./support/scenario.js";
import { openPart, waitUntilLive } from "./support/workspace.js";

/** Playwright normalises whitespace (the no-break spaces of sv-SE) in text matching; this does it for innerText. */
const text = async (locator: Locator) => (await locator.innerText()).replace(/\s+/g, " ").trim();

describe("balance: the two förvaltningschefer negotiate live in two browsers", () => {
  let server: TestServer;
  let kommun: TestMunicipality;
  let purchaser: TestBrowser; // von.chef
  let provider: TestBrowser; // ps.chef

  useScenario(2, (scenario) => {
    ({ server, kommun } = scenario);
    [purchaser, provider] = scenario.browsers;
  });

  it("adds a line with field validation, proposes, accepts and agrees — each side seeing the other live", async () => {
    const von = purchaser.page;
    const ps = provider.page;
    const vonApi = await actor(server, kommun, "von.chef");
    const { id } = await createAgreement(vonApi, kommun, { title: "Hemtjänst 2027" });
    await addLines(vonApi, id, [scope("Hemtjänst, beviljade timmar", 1000, "400.00", "timmar")]);

    await Promise.all([
      login(von, server.url, kommun.email("von.chef"), kommun.password),
      login(ps, server.url, kommun.email("ps.chef"), kommun.password),
    ]);
    await Promise.all([von.goto(`${server.url}/overenskommelser/${id}/balans`), ps.goto(`${server.url}/overenskommelser/${id}/balans`)]);
    const vonPanel = von.getByTestId("balance-panel");
    const psPanel = ps.getByTestId("balance-panel");
    await vonPanel.getByRole("heading", { level: 2, name: "Balans mellan uppdrag och resurser" }).waitFor();
    await psPanel.getByTestId("total-cost").filter({ hasText: "400 000,00 kr" }).waitFor();
    // The page is live once its feed is asked for: from then on, no event is missed.
    await waitUntilLive(ps);
    await waitUntilLive(von);
    for (const page of [von, ps]) await page.evaluate(() => ((window as unknown as { balansNoReload?: boolean }).balansNoReload = true));
    await expectAccessible(ps);

    // von.chef adds the compensation from the keyboard; invalid input is shown next to its field.
    await vonPanel.getByRole("button", { name: "Lägg till rad" }).click();
    await expect.poll(() => von.evaluate(() => document.activeElement?.id)).toBe("line-new-kind");
    await von.keyboard.press("ArrowDown"); // Uppdrag → Ersättning
    await von.getByLabel("Aktivitet eller beskrivning").fill("Grundersättning");
    const amount = von.getByRole("textbox", { name: "Fast belopp (kr)" });
    for (const [typed, message] of [
      ["-5", "Värdet får inte vara negativt."],
      ["tolv kronor", "Ange ett tal, till exempel 1 250 000,50."],
      ["1 000 000 000 000,01", "Värdet är för stort (högst 1 000 000 000 000)."],
    ]) {
      await amount.fill(typed);
      await amount.press("Enter");
      await expect.poll(() => amount.getAttribute("aria-invalid")).toBe("true");
      const describedBy = (await amount.getAttribute("aria-describedby"))!;
      expect(await text(von.locator(`[id="${describedBy}"]`))).toBe(message);
      await expect
        .poll(() =>
          von.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? (document.activeElement as HTMLInputElement)?.id),
        )
        .toContain("amount");
    }
    await expectAccessible(von);
    await amount.fill("380 000");
    await expect.poll(() => text(vonPanel.locator("output"))).toBe("380 000,00 kr");
    await amount.press("Enter");

    // ps.chef sees the new line, the deficit and the verdict without reloading.
    await psPanel.getByRole("rowheader", { name: "Grundersättning" }).waitFor();
    await expect.poll(() => text(psPanel.getByTestId("total-difference"))).toBe("▼ Underskott: −20 000,00 kr");
    await expect
      .poll(() => text(psPanel.getByTestId("requirement-verdict")))
      .toBe("✗ Resultatkravet uppfylls inte (resultatkrav: marginal minst 1,00 %)");

    // ps.chef proposes to raise the compensation so that the 1 % margin holds.
    await psPanel.getByRole("button", { name: "Nytt förslag" }).click();
    const form = psPanel.locator(".proposal-form");
    await form.getByRole("combobox", { name: "Rad", exact: true }).selectOption({ label: "Grundersättning (380 000,00 kr)" });
    await form.getByRole("textbox", { name: "Fast belopp (kr)" }).fill("404040,41");
    await form.getByLabel("Meddelande till motparten").fill("Ersättningen behöver täcka kostnaden och resultatkravet.");
    await form.getByRole("button", { name: "Skicka förslaget" }).click();
    await psPanel.getByTestId("proposals").getByText("Väntar på svar").waitFor();

    // von.chef sees the proposal card live, amount before → after, and accepts it.
    const card = vonPanel.getByRole("article", { name: "Förslag från Utföraren" });
    await card.waitFor();
    expect(await text(card.locator("li"))).toBe("Ändra rad: Grundersättning 380 000,00 kr → 404 040,41 kr");
    await expectAccessible(von);
    await card.getByRole("button", { name: "Godta förslaget" }).click();
    await von.getByRole("dialog", { name: "Godta förslaget?" }).getByRole("button", { name: "Godta och för in ändringarna" }).click();
    await card.getByTestId("proposal-status").filter({ hasText: "Godtaget" }).waitFor();

    // ps.chef sees the acceptance and the new totals live.
    await psPanel.getByTestId("proposal-status").filter({ hasText: "Godtaget" }).waitFor();
    await expect.poll(() => text(psPanel.getByTestId("total-difference"))).toBe("▲ Överskott: 4 040,41 kr");
    await expect.poll(() => text(psPanel.getByTestId("requirement-verdict"))).toContain("✓ Resultatkravet uppfylls");
    await expect.poll(() => text(psPanel.getByTestId("balance-version"))).toBe("Version 3");

    // Both förvaltningschefer mark that the balance holds; each sees the other's mark live.
    await psPanel.getByRole("button", { name: "Markera att balansen håller (version 3)" }).click();
    await expect
      .poll(() => text(vonPanel.locator('[data-party="PROVIDER"]')))
      .toContain("Utföraren: markerat av Petra Sjöberg (version 3)");
    await vonPanel.getByRole("button", { name: "Markera att balansen håller (version 3)" }).click();
    await psPanel.getByTestId("balance-status").filter({ hasText: "Överenskommen" }).waitFor();
    await expect.poll(() => text(psPanel.locator('[data-party="PURCHASER"]'))).toContain("Beställaren: markerat av Vera Lind (version 3)");
    await vonPanel.getByTestId("balance-status").filter({ hasText: "Överenskommen" }).waitFor();
    await openPart(ps, "Historik");
    await ps.getByTestId("timeline").locator('li[data-type="balance.agreed"]').waitFor();
    await expectAccessible(ps);

    for (const page of [von, ps])
      expect(await page.evaluate(() => (window as unknown as { balansNoReload?: boolean }).balansNoReload)).toBe(true);
  });
});
