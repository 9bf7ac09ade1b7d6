import { describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { createAgreement } from "../support/agreements.js";
import { textUpdate } from "../support/approval.js";
import type { TestMunicipality } from "../support/factories.js";
import { actor, ok } from "../support/graphql.js";
import type { TestServer } from "../support/server.js";
import { login, type TestBrowser } from "./support/browser.js";
import { expectAccessible, useScenario } from "./support/scenario.js";

const text = async (locator: Locator) => (await locator.innerText()).replace(/\s+/g, " ").trim();
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000 });

describe("agreed clauses: both parties agree to a section's text, and it locks for both, live", () => {
  let server: TestServer;
  let kommun: TestMunicipality;
  let purchaser: TestBrowser; // von.chef, Vera Lind
  let provider: TestBrowser; // ps.chef, Petra Sjöberg

  useScenario(2, (scenario) => {
    ({ server, kommun } = scenario);
    [purchaser, provider] = scenario.browsers;
  });

  it("one party's mark shows on both pages; the second makes the editor read-only for both; a reopen asks for a reason", async () => {
    const vonChef = await actor(server, kommun, "von.chef");
    const { id } = await createAgreement(vonChef, kommun);
    const [section] = ok(await vonChef("query($id: ID!) { agreement(id: $id) { sections { id title } } }", { id })).agreement
      .sections as Array<{ id: string; title: string }>;
    ok(
      await vonChef("mutation($s: ID!, $u: String!) { pushSectionUpdate(sectionId: $s, update: $u) { seq } }", {
        s: section.id,
        u: textUpdate("Parterna är Vård- och omsorgsnämnden och Produktionsstyrelsen."),
      }),
    );

    const von = purchaser.page;
    const ps = provider.page;
    await Promise.all([
      login(von, server.url, kommun.email("von.chef"), kommun.password),
      login(ps, server.url, kommun.email("ps.chef"), kommun.password),
    ]);
    const url = `${server.url}/overenskommelser/${id}`;
    await Promise.all([von.goto(url), ps.goto(url)]);
    const editor = (page: Page) => page.getByRole("textbox", { name: section.title });
    const panel = (page: Page) => page.getByRole("region", { name: "Överenskommet av parterna" }).first();
    const outline = (page: Page) => page.getByTestId("section-outline").locator(`li`).first();
    await Promise.all([editor(von).waitFor(), editor(ps).waitFor()]);
    await poll(() => editor(von).getAttribute("aria-readonly")).toBe("false");

    // Vera agrees to the text as it stands: Petra's page shows it without a reload.
    await panel(von).getByRole("button", { name: "Godkänn avsnittet" }).click();
    await poll(() => text(panel(ps))).toContain("Beställaren: godkänt av Vera Lind");
    await poll(() => text(outline(ps))).toContain("Godkänt av en part");
    expect(await panel(von).getByRole("button", { name: "Godkänn avsnittet" }).count()).toBe(0);
    await poll(() => text(panel(von))).toContain("Din part har godkänt texten");

    // Petra agrees too: the section is agreed and locked, on both pages, live.
    await panel(ps).getByRole("button", { name: "Godkänn avsnittet" }).click();
    for (const page of [von, ps]) {
      await poll(() => text(page.getByTestId("section-locked").first())).toContain("Avsnittet är överenskommet av båda parter");
      await poll(() => editor(page).getAttribute("aria-readonly")).toBe("true");
      await poll(() => text(outline(page))).toContain("Överenskommet");
    }
    expect(await text(panel(von))).toContain("Utföraren: godkänt av Petra Sjöberg");
    await expectAccessible(von);

    // Reopening asks for a reason, in a dialog; then both may write again.
    await panel(ps).getByRole("button", { name: "Öppna igen" }).click();
    const dialog = ps.getByRole("dialog", { name: `Öppna avsnittet ”${section.title}” igen?` });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Öppna avsnittet igen" }).click();
    await poll(() => dialog.getByRole("textbox", { name: "Skäl" }).getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(ps);
    await dialog.getByRole("textbox", { name: "Skäl" }).fill("Parternas namn behöver förtydligas.");
    await dialog.getByRole("button", { name: "Öppna avsnittet igen" }).click();
    await dialog.waitFor({ state: "hidden" });
    for (const page of [von, ps]) await poll(() => editor(page).getAttribute("aria-readonly")).toBe("false");
    await poll(() => text(panel(von))).toContain("Beställaren: inte godkänt");
    await editor(von).click();
    await von.keyboard.press("Control+End");
    await von.keyboard.type(" Förtydligat.");
    await poll(() => editor(ps).innerText()).toContain("Förtydligat.");
  });
});
