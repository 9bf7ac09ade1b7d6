import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { TestMunicipality } from "../support/factories.js";
import { actor, ok } from "../support/graphql.js";
import type { TestServer } from "../support/server.js";
import { login, type TestBrowser } from "./support/browser.js";
import { useScenario } from "./support/scenario.js";

/**
 * Text is text: markup a user types in a title or a comment reaches the other party's page as the
 * characters typed, never as elements. The strict CSP would stop an injected inline script from
 * running anyway, so the test looks at the DOM too: no element the markup describes may exist.
 */
const TITLE = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>Hemtjänst';
const COMMENT = '<b>Fet?</b><script>window.__xss=3</script><img src=x onerror="window.__xss=4"> Gäller det även helger?';

/** The list item of one section: its editor and its comments. */
const sectionItem = (page: Page, title: string) =>
  page.locator("li.section", { has: page.getByRole("heading", { level: 3, name: title }) });

/** What would show that the markup became elements or ran. */
const injected = (page: Page) =>
  page.evaluate(() => ({
    xss: (window as unknown as { __xss?: unknown }).__xss,
    images: document.querySelectorAll('img[src="x"]').length,
    scripts: Array.from(document.scripts).filter((s) => (s.textContent ?? "").includes("__xss")).length,
    bold: Array.from(document.querySelectorAll("b")).filter((b) => b.textContent === "Fet?").length,
  }));

describe("hostile text: HTML in a title and a comment shows as text", () => {
  let server: TestServer;
  let kommun: TestMunicipality;
  let purchaser: TestBrowser; // von.chef
  let provider: TestBrowser; // ps.chef

  useScenario(2, (scenario) => {
    ({ server, kommun } = scenario);
    [purchaser, provider] = scenario.browsers;
  });

  it("a drafter writes markup as a title and a comment; the other party sees the characters, and nothing runs", async () => {
    const von = purchaser.page;
    const ps = provider.page;
    await Promise.all([
      login(von, server.url, kommun.email("von.chef"), kommun.password),
      login(ps, server.url, kommun.email("ps.chef"), kommun.password),
    ]);

    // von.chef creates the agreement through the form, the markup as its title.
    await von.getByRole("main").getByRole("link", { name: "Ny överenskommelse" }).click();
    await von.getByRole("heading", { level: 1, name: "Ny överenskommelse" }).waitFor();
    await von.getByRole("textbox", { name: "Titel" }).fill(TITLE);
    await von.getByLabel("Typ av överenskommelse").selectOption("VERKSAMHETSUPPDRAG");
    const purchaserSelect = von.getByLabel("Beställare (nämnd)");
    const providerSelect = von.getByLabel("Utförare (produktionsstyrelse)");
    await purchaserSelect.locator("option", { hasText: "(VON)" }).waitFor({ state: "attached" });
    await purchaserSelect.selectOption({ value: (await purchaserSelect.locator("option", { hasText: "(VON)" }).getAttribute("value"))! });
    await providerSelect.selectOption({ value: (await providerSelect.locator("option", { hasText: "(PS)" }).getAttribute("value"))! });
    await von.getByLabel("Gäller från").fill("2027-01-01");
    await von.getByLabel("Gäller till och med").fill("2027-12-31");
    await von.getByRole("button", { name: "Skapa överenskommelse" }).click();
    await von.waitForURL(/\/overenskommelser\/(?!ny$)[^/]+$/);
    await von.getByRole("heading", { level: 1, name: TITLE, exact: true }).waitFor();
    const agreementUrl = von.url();
    const agreementId = agreementUrl.replace(/^.*\//, "");

    // ...and comments the whole of a section with markup.
    const vonChef = await actor(server, kommun, "von.chef");
    const sectionTitle = ok(await vonChef("query($id: ID!) { agreement(id: $id) { sections { title } } }", { id: agreementId })).agreement
      .sections[1].title as string;
    const vonSection = sectionItem(von, sectionTitle);
    await vonSection.getByText("Kommentarer (0 öppna, 0 lösta)").click();
    await vonSection.getByLabel("Ny kommentar på hela avsnittet").fill(COMMENT);
    await vonSection.getByRole("button", { name: "Skicka" }).click();
    await vonSection.getByText(COMMENT, { exact: true }).waitFor();
    // The server kept the characters as typed.
    const stored = ok(
      await vonChef("query($id: ID!) { agreement(id: $id) { title sections { comments { body } } } }", { id: agreementId }),
    ).agreement;
    expect(stored.title).toBe(TITLE);
    expect(stored.sections[1].comments.map((c: { body: string }) => c.body)).toEqual([COMMENT]);

    // ps.chef opens the agreement: the heading, the page title and the comment hold the characters.
    await ps.goto(agreementUrl);
    const heading = ps.getByRole("heading", { level: 1, name: TITLE, exact: true });
    await heading.waitFor();
    expect(await heading.textContent()).toContain("<script>");
    expect(await heading.textContent()).toBe(TITLE);
    expect(await ps.title()).toContain(TITLE);
    const psSection = sectionItem(ps, sectionTitle);
    await psSection.getByText("Kommentarer (1 öppen, 0 lösta)").click();
    const body = psSection.locator(".comment__body");
    await body.getByText(COMMENT, { exact: true }).waitFor();
    expect(await body.textContent()).toBe(COMMENT);
    expect(await injected(ps)).toEqual({ xss: undefined, images: 0, scripts: 0, bold: 0 });

    // The list names it as typed too.
    await ps.getByRole("link", { name: "Överenskommelser", exact: true }).click();
    await ps.getByRole("link", { name: TITLE, exact: true }).waitFor();
    expect(await injected(ps)).toEqual({ xss: undefined, images: 0, scripts: 0, bold: 0 });
    expect(await injected(von)).toEqual({ xss: undefined, images: 0, scripts: 0, bold: 0 });
  });
});
