import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { CREATE_AGREEMENT, agreementInput } from "../support/agreements.js";
import type { TestMunicipality } from "../support/factories.js";
import { addLines, fixedResource, readBalance, UPDATE_LINE } from "../support/balance.js";
import { actor, ok } from "../support/graphql.js";
import type { TestServer } from "../support/server.js";
import { login, type TestBrowser } from "./support/browser.js";
import { saved, sectionText } from "./support/editor.js";
import { expectAccessible, useScenario } from "./support/scenario.js";
import { openPart } from "./support/workspace.js";

/** The list item of one section: its editor and its comments. */
const sectionItem = (page: Page, title: string) =>
  page.locator("li.section", { has: page.getByRole("heading", { level: 3, name: title }) });

describe("comments and versions: the two parties discuss the text and go back to an earlier version", () => {
  let server: TestServer;
  let kommun: TestMunicipality;
  let purchaser: TestBrowser; // von.chef
  let provider: TestBrowser; // ps.chef

  useScenario(2, (scenario) => {
    ({ server, kommun } = scenario);
    [purchaser, provider] = scenario.browsers;
  });

  it("comments a selected range live, replies, resolves, shows it on deleted text; saves, compares and restores a version with its balance", async () => {
    const vonChef = await actor(server, kommun, "von.chef");
    const created = ok(
      await vonChef<{ createAgreement: { id: string; sections: Array<{ title: string }> } }>(CREATE_AGREEMENT, {
        input: agreementInput(kommun),
      }),
    ).createAgreement;
    const title = created.sections[1]!.title;
    const [line] = (await addLines(vonChef, created.id, [fixedResource("Grundersättning", "1000000.00")])).lines;
    const url = `${server.url}/overenskommelser/${created.id}`;
    const von = purchaser.page;
    const ps = provider.page;
    await Promise.all([
      login(von, server.url, kommun.email("von.chef"), kommun.password),
      login(ps, server.url, kommun.email("ps.chef"), kommun.password),
    ]);
    await Promise.all([von.goto(url), ps.goto(url)]);

    // Vera writes, selects "dygnet runt" with the keyboard and comments on it.
    await von.getByRole("textbox", { name: title }).click();
    await von.keyboard.type("Hemtjänst dygnet runt i hela kommunen");
    await saved(von, title);
    for (let i = 0; i < " i hela kommunen".length; i++) await von.keyboard.press("ArrowLeft");
    for (let i = 0; i < "dygnet runt".length; i++) await von.keyboard.press("Shift+ArrowLeft");
    const vonSection = sectionItem(von, title);
    await vonSection.getByRole("button", { name: "Kommentera" }).click();
    await vonSection.getByLabel("Ny kommentar på den markerade texten").fill("Gäller det även helger?");
    await vonSection.getByRole("button", { name: "Skicka" }).click();
    await vonSection.getByText("Gäller det även helger?").waitFor();

    // Petra sees the thread without reloading, with its quote, and replies.
    const psSection = sectionItem(ps, title);
    await psSection.getByText("Kommentarer (1 öppen, 0 lösta)").click();
    await psSection.locator("q", { hasText: "dygnet runt" }).waitFor();
    await psSection.getByRole("button", { name: "Svara" }).click();
    await psSection.getByLabel("Ditt svar").fill("Ja, alla dagar.");
    await psSection.getByRole("article").getByRole("button", { name: "Skicka" }).click();
    await vonSection.getByText("Ja, alla dagar.").waitFor();

    // Vera saves a version in Historik; Petra sees it listed there.
    await openPart(von, "Historik");
    await von.getByLabel("Namn på ny version").fill("Första utkastet");
    await von.getByRole("button", { name: "Spara version" }).click();
    await von.getByText("Version 1 ”Första utkastet” är sparad.").waitFor();
    await openPart(ps, "Historik");
    await ps.getByText("Version 1: Första utkastet").first().waitFor();
    await Promise.all([openPart(von, "Text"), openPart(ps, "Text")]);

    // The balance moves on after the version.
    ok(await vonChef(UPDATE_LINE, { lineId: line!.id, v: 1, input: fixedResource("Grundersättning", "1100000.00") }));

    // Petra deletes the commented words: both see the thread kept, marked as on deleted text.
    await expect.poll(() => sectionText(ps, title)).toBe("Hemtjänst dygnet runt i hela kommunen");
    await ps.getByRole("textbox", { name: title }).click();
    await ps.keyboard.press("Control+End");
    for (let i = 0; i < " i hela kommunen".length; i++) await ps.keyboard.press("ArrowLeft");
    for (let i = 0; i < " dygnet runt".length; i++) await ps.keyboard.press("Backspace");
    await ps.keyboard.type(" med nattpatrull");
    await expect.poll(() => sectionText(ps, title)).toBe("Hemtjänst med nattpatrull i hela kommunen");
    await expect.poll(() => sectionText(von, title)).toBe("Hemtjänst med nattpatrull i hela kommunen");
    await vonSection.getByText("på borttagen text").waitFor();
    await psSection.getByText("på borttagen text").waitFor();
    await psSection.getByRole("button", { name: "Markera som löst" }).click();
    await vonSection.getByRole("button", { name: "Visa lösta (1)" }).waitFor();

    // Vera compares version 1 with now: the removed and added words, marked up as <del> and <ins>.
    await openPart(von, "Historik");
    await von.getByLabel("Från").selectOption({ label: "Version 1: Första utkastet" });
    await von.getByRole("button", { name: "Visa skillnader" }).click();
    await von.locator(".version-compare del", { hasText: "dygnet" }).waitFor();
    await von.locator(".version-compare ins", { hasText: "nattpatrull" }).waitFor();
    await expectAccessible(von);

    // Vera restores version 1 after confirming; Petra's editor shows the old text live.
    await von.getByRole("button", { name: "Återställ version 1: Första utkastet" }).click();
    const dialog = von.getByRole("dialog", { name: "Återställa texten till version 1 ”Första utkastet”?" });
    await dialog.waitFor();
    await expectAccessible(von);
    await dialog.getByRole("checkbox", { name: "Återställ även balansen till versionens rader" }).check();
    await dialog.getByText("Versionens balans: 1 rad, kostnad 0,00 kr, ersättning 1 000 000,00 kr.", { exact: false }).waitFor();
    await dialog.getByRole("button", { name: "Återställ text och balans" }).click();
    await von.getByText("Texten och balansen är återställda till version 1 ”Första utkastet”.").waitFor();
    await expect.poll(() => sectionText(ps, title)).toBe("Hemtjänst dygnet runt i hela kommunen");
    await openPart(ps, "Balans");
    await ps.getByTestId("total-compensation").filter({ hasText: "1 000 000,00 kr" }).waitFor();
    await openPart(ps, "Text");
    expect((await readBalance(vonChef, created.id)).version).toBe(3);
    // The thread is kept; its words came back as new text, so it stays marked as on deleted text.
    await psSection.getByRole("button", { name: "Visa lösta (1)" }).click();
    await psSection.locator("q", { hasText: "dygnet runt" }).waitFor();
    await expectAccessible(ps);
  });
});
