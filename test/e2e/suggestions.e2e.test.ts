import { describe, expect, it } from "vitest";
import { agreementInput } from "../support/agreements.js";
import type { TestMunicipality } from "../support/factories.js";
import { actor, ok } from "../support/graphql.js";
import type { TestServer } from "../support/server.js";
import { editSection, paragraphs } from "../support/suggestions.js";
import { login, type TestBrowser } from "./support/browser.js";
import { saved, sectionText } from "./support/editor.js";
import { expectAccessible, useScenario } from "./support/scenario.js";

const CREATE_WITH_SECTIONS = "mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { id sections { id title } } }";

describe("negotiating the text: one party suggests, the other decides", () => {
  let server: TestServer;
  let kommun: TestMunicipality;
  let purchaser: TestBrowser; // von.chef, Vera Lind
  let provider: TestBrowser; // ps.chef, Petra Sjöberg

  useScenario(2, (scenario) => {
    ({ server, kommun } = scenario);
    [purchaser, provider] = scenario.browsers;
  });

  it("PS suggests a change in suggestion mode, VON sees it live in PS's colour and accepts it; both agree the section, which locks for both", async () => {
    const vonChef = await actor(server, kommun, "von.chef");
    const created = ok(
      await vonChef<{ createAgreement: { id: string; sections: Array<{ id: string; title: string }> } }>(CREATE_WITH_SECTIONS, {
        input: agreementInput(kommun, { title: "Hemtjänst 2029" }),
      }),
    ).createAgreement;
    const { id: sectionId, title: section } = created.sections[0]!;
    await editSection(vonChef, sectionId, paragraphs("Nämnden beställer hemtjänst."));
    const url = `${server.url}/overenskommelser/${created.id}`;

    const von = purchaser.page;
    const ps = provider.page;
    await Promise.all([
      login(von, server.url, kommun.email("von.chef"), kommun.password),
      login(ps, server.url, kommun.email("ps.chef"), kommun.password),
    ]);
    await Promise.all([von.goto(url), ps.goto(url)]);
    const editorOf = (page: typeof von) => page.locator(".section-editor", { has: page.getByRole("textbox", { name: section }) });
    await Promise.all([editorOf(von).getByRole("textbox").waitFor(), editorOf(ps).getByRole("textbox").waitFor()]);

    // Petra turns on "Föreslå ändringar" (a toggle button) and adds to the sentence.
    const toggle = editorOf(ps).getByRole("button", { name: "Föreslå ändringar" });
    await toggle.click();
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");
    await editorOf(ps).getByRole("textbox").click();
    await ps.keyboard.press("Control+End");
    await ps.keyboard.type(" Dygnet runt.");
    await saved(ps, section);

    // Vera sees it at once, as the provider's insertion, named in its description.
    const suggested = editorOf(von).locator("ins.suggestion--provider", { hasText: "Dygnet runt." });
    await suggested.waitFor();
    const described = editorOf(von).locator('[title^="Utföraren (Petra Sjöberg) föreslog infogat"]', { hasText: "Dygnet runt." });
    await described.first().waitFor();
    expect(await described.first().getAttribute("aria-description")).toBe(await described.first().getAttribute("title"));
    // The agreed text leaves it out until it is accepted.
    const textOf = async () =>
      ok(
        await vonChef<{ agreement: { sections: Array<{ id: string; text: string }> } }>(
          "query($id: ID!) { agreement(id: $id) { sections { id text } } }",
          { id: created.id },
        ),
      ).agreement.sections.find((s) => s.id === sectionId)!.text;
    expect(await textOf()).toBe("Nämnden beställer hemtjänst.");

    // Only the other party is offered the decision.
    const panel = von.getByRole("region", { name: `Förslag från motparten i ”${section}”` });
    await panel.waitFor();
    expect(await ps.getByRole("region", { name: `Förslag från motparten i ”${section}”` }).count()).toBe(0);
    // Petra leaves the text (her named caret would stick out of Vera's narrowest layout).
    await editorOf(ps).getByRole("textbox").blur();
    await expect.poll(() => von.locator(".collab-caret__label").count()).toBe(0);
    await expectAccessible(von);
    await expectAccessible(ps);

    await panel.getByRole("button", { name: "Godta förslaget: Infoga: ” Dygnet runt.”" }).click();
    await von.getByRole("status").filter({ hasText: "Förslaget godtogs." }).waitFor();
    // Ordinary text now, for both, live.
    await expect.poll(() => editorOf(ps).locator("ins.suggestion").count()).toBe(0);
    await expect.poll(() => editorOf(von).locator("ins.suggestion").count()).toBe(0);
    await expect.poll(() => sectionText(ps, section)).toBe("Nämnden beställer hemtjänst. Dygnet runt.");
    expect(await textOf()).toBe("Nämnden beställer hemtjänst. Dygnet runt.");
    await expectAccessible(von);

    // Both agree to the text as it now stands: the section is agreed and read-only for both, live.
    const marks = (page: typeof von) => page.getByRole("region", { name: "Överenskommet av parterna" }).first();
    await marks(von).getByRole("button", { name: "Godkänn avsnittet" }).click();
    await expect.poll(() => marks(ps).innerText()).toContain("Beställaren: godkänt av Vera Lind");
    await marks(ps).getByRole("button", { name: "Godkänn avsnittet" }).click();
    for (const page of [von, ps]) {
      await expect
        .poll(() => page.getByTestId("section-locked").first().innerText())
        .toContain("Avsnittet är överenskommet av båda parter");
      await expect.poll(() => editorOf(page).getByRole("textbox").getAttribute("aria-readonly")).toBe("true");
    }
    await expectAccessible(von);
    await expectAccessible(ps);
  });
});
