import { describe, expect, it } from "vitest";
import { CREATE_AGREEMENT, agreementInput } from "../support/agreements.js";
import { setAgreementStatus } from "../support/balance.js";
import type { TestMunicipality } from "../support/factories.js";
import { actor, ok } from "../support/graphql.js";
import { asOwner } from "../support/owner.js";
import type { TestServer } from "../support/server.js";
import { launchBrowser, login, type TestBrowser } from "./support/browser.js";
import { saved, sectionText } from "./support/editor.js";
import { expectAccessible, useScenario } from "./support/scenario.js";

describe("co-editing: the two heads of administration write one section together", () => {
  let server: TestServer;
  let kommun: TestMunicipality;
  let purchaser: TestBrowser; // von.chef, Vera Lind
  let provider: TestBrowser; // ps.chef, Petra Sjöberg

  useScenario(2, (scenario) => {
    ({ server, kommun } = scenario);
    [purchaser, provider] = scenario.browsers;
  });

  it("each sees the other's text, named caret and presence, live; the text is saved", async () => {
    const vonChef = await actor(server, kommun, "von.chef");
    const created = ok(
      await vonChef<{ createAgreement: { id: string; sections: Array<{ title: string }> } }>(CREATE_AGREEMENT, {
        input: agreementInput(kommun, { title: "Hemtjänst 2028" }),
      }),
    ).createAgreement;
    const section = created.sections[1]!.title;
    const url = `${server.url}/overenskommelser/${created.id}`;

    const von = purchaser.page;
    const ps = provider.page;
    await Promise.all([
      login(von, server.url, kommun.email("von.chef"), kommun.password),
      login(ps, server.url, kommun.email("ps.chef"), kommun.password),
    ]);
    await Promise.all([von.goto(url), ps.goto(url)]);
    const vonEditor = von.getByRole("textbox", { name: section });
    const psEditor = ps.getByRole("textbox", { name: section });
    await Promise.all([vonEditor.waitFor(), psEditor.waitFor()]);

    // Both are listed as present in the agreement.
    await von.getByTestId("presence").getByText("Petra Sjöberg", { exact: false }).waitFor({ state: "attached" });
    await ps.getByTestId("presence").getByText("Vera Lind", { exact: false }).waitFor({ state: "attached" });

    // Vera writes; Petra sees it without reloading.
    await vonEditor.click();
    await von.keyboard.type("Beställaren vill ha hemtjänst dygnet runt.");
    await expect.poll(() => sectionText(ps, section)).toContain("Beställaren vill ha hemtjänst dygnet runt.");
    await saved(von, section);

    // Petra writes at the end of the same section; Vera sees it.
    await psEditor.click();
    await ps.keyboard.press("Control+End");
    await ps.keyboard.press("Enter");
    await ps.keyboard.type("Utföraren föreslår nattpatrull.");
    await expect.poll(() => sectionText(von, section)).toContain("Utföraren föreslår nattpatrull.");

    // Both editors have focus in their own browser: each shows the other's caret with a name.
    await von.locator(".collab-caret__label", { hasText: "Petra Sjöberg" }).waitFor();
    await ps.locator(".collab-caret__label", { hasText: "Vera Lind" }).waitFor();
    await von.getByTestId("presence").getByText(`Petra Sjöberg, i avsnittet ”${section}”`).waitFor({ state: "attached" });

    // Concurrent typing in one section converges to the same text on both sides.
    await Promise.all([von.keyboard.type(" Vera."), ps.keyboard.type(" Petra.")]);
    await expect.poll(async () => (await sectionText(von, section)) === (await sectionText(ps, section))).toBe(true);
    const finalText = await sectionText(von, section);
    expect(finalText).toContain("Vera.");
    expect(finalText).toContain("Petra.");

    // Formatting from the toolbar reaches the other side.
    await von
      .getByRole("toolbar", { name: `Formatering, ${section}` })
      .getByRole("button", { name: "Fetstil" })
      .click();
    await von.keyboard.type(" Viktigt");
    await ps.getByRole("textbox", { name: section }).locator("strong", { hasText: "Viktigt" }).waitFor();
    await saved(von, section);

    await expectAccessible(von);
    await expectAccessible(ps);

    // Stored: a reload shows the same text, and the server's plain text has it.
    await von.reload();
    await von.getByRole("textbox", { name: section }).waitFor();
    await expect.poll(() => sectionText(von, section)).toContain("Utföraren föreslår nattpatrull.");
    const stored = ok(
      await vonChef<{ agreement: { sections: Array<{ title: string; text: string }> } }>(
        "query($id: ID!) { agreement(id: $id) { sections { title text } } }",
        { id: created.id },
      ),
    ).agreement.sections.find((s) => s.title === section)!;
    expect(stored.text).toContain("Beställaren vill ha hemtjänst dygnet runt.");
    expect(stored.text).toContain("Viktigt");

    // Vera has left the page for a moment; Petra's caret list no longer has her caret.
    await von.goto(`${server.url}/`);
    await expect.poll(() => ps.locator(".collab-caret__label", { hasText: "Vera Lind" }).count()).toBe(0);
  });

  it("refuses an edit once the agreement is locked: drops it, turns read-only and says why", async () => {
    const vonChef = await actor(server, kommun, "von.chef");
    const created = ok(
      await vonChef<{ createAgreement: { id: string; sections: Array<{ title: string }> } }>(CREATE_AGREEMENT, {
        input: agreementInput(kommun, { title: "Särskilt boende 2028" }),
      }),
    ).createAgreement;
    const section = created.sections[0]!.title;
    const von = purchaser.page;
    await von.goto(`${server.url}/overenskommelser/${created.id}`);
    const editor = von.getByRole("textbox", { name: section });
    await editor.click();
    await von.keyboard.type("Sparad text.");
    await saved(von, section);

    // The agreement leaves DRAFT behind the page's back (no event reaches it).
    await setAgreementStatus(kommun, created.id, "IN_APPROVAL");

    await von.keyboard.type(" För sent.");
    await von.getByRole("alert").filter({ hasText: "Överenskommelsen är låst för redigering." }).waitFor();
    const reopened = von.getByRole("textbox", { name: section });
    await expect.poll(() => reopened.getAttribute("aria-readonly")).toBe("true");
    expect(await reopened.getAttribute("contenteditable")).toBe("false");
    await expect.poll(() => sectionText(von, section)).toBe("Sparad text.");
    await expect(von.getByRole("toolbar", { name: `Formatering, ${section}` }).count()).resolves.toBe(0);
    await expectAccessible(von);
  });

  it("a reader (revisor) follows the text live in read-only editors, with no attempt to write", async () => {
    const vonChef = await actor(server, kommun, "von.chef");
    const created = ok(
      await vonChef<{ createAgreement: { id: string; sections: Array<{ title: string }> } }>(CREATE_AGREEMENT, {
        input: agreementInput(kommun, { title: "Dagverksamhet 2028" }),
      }),
    ).createAgreement;
    const section = created.sections[2]!.title;
    const url = `${server.url}/overenskommelser/${created.id}`;
    const reader = await launchBrowser();
    try {
      await login(reader.page, server.url, kommun.email("revisor"), kommun.password);
      await reader.page.goto(url);
      const editor = reader.page.getByRole("textbox", { name: section });
      await editor.waitFor();
      expect(await editor.getAttribute("aria-readonly")).toBe("true");
      await expect
        .poll(() =>
          reader.page
            .getByRole("status")
            .filter({ hasText: /^\s*Skrivskyddad\s*$/ })
            .count(),
        )
        .toBe(created.sections.length);
      expect(await reader.page.getByRole("toolbar").count()).toBe(0);

      await purchaser.page.goto(url);
      await purchaser.page.getByRole("textbox", { name: section }).click();
      await purchaser.page.keyboard.type("Öppet vardagar 8–17.");
      await expect.poll(() => sectionText(reader.page, section)).toBe("Öppet vardagar 8–17.");
      await reader.page.getByTestId("presence").getByText(`Vera Lind, i avsnittet ”${section}”`).waitFor({ state: "attached" });

      // Opening empty sections wrote nothing: no refusal was shown to the reader, and only the
      // section Vera typed in has updates in the log.
      expect(await reader.page.getByRole("alert").count()).toBe(0);
      const written = await asOwner<{ title: string }>(
        kommun.municipality.id,
        "SELECT DISTINCT s.title FROM section_update u JOIN section s ON s.id = u.section_id WHERE s.agreement_id = $1",
        [created.id],
      );
      expect(written.map((row) => row.title)).toEqual([section]);
      await expectAccessible(reader.page);
      expect(reader.pageErrors).toEqual([]);
    } finally {
      await reader.close();
    }
  });

  it("keeps an unacknowledged edit in IndexedDB across a reload and sends it then", async () => {
    const vonChef = await actor(server, kommun, "von.chef");
    const created = ok(
      await vonChef<{ createAgreement: { id: string; sections: Array<{ title: string }> } }>(CREATE_AGREEMENT, {
        input: agreementInput(kommun, { title: "Korttidsboende 2028" }),
      }),
    ).createAgreement;
    const section = created.sections[3]!;
    const storedText = async () =>
      ok(
        await vonChef<{ agreement: { sections: Array<{ title: string; text: string }> } }>(
          "query($id: ID!) { agreement(id: $id) { sections { title text } } }",
          { id: created.id },
        ),
      ).agreement.sections.find((s) => s.title === section.title)!.text;

    // The pushes vanish on the way: the server never stores them, so they are never acknowledged.
    const von = purchaser.page;
    let dropPushes = true;
    await von.routeWebSocket(/\/graphql$/, (ws) => {
      const upstream = ws.connectToServer();
      ws.onMessage((message) => {
        if (dropPushes && typeof message === "string" && message.includes("pushSectionUpdate(")) return;
        upstream.send(message);
      });
    });
    await von.goto(`${server.url}/overenskommelser/${created.id}`);
    await von.getByRole("textbox", { name: section.title }).click();
    await von.keyboard.type("Skrivet utan kvitto.");
    await von.getByRole("status").filter({ hasText: "Sparar…" }).waitFor();
    expect(await storedText()).toBe("");

    dropPushes = false;
    await von.reload();
    // A reload, the stored edit read back, a new socket and the durable write: more than poll's default second under load.
    await expect.poll(storedText, { timeout: 15_000 }).toBe("Skrivet utan kvitto.");
    await expect.poll(() => sectionText(von, section.title), { timeout: 15_000 }).toBe("Skrivet utan kvitto.");
    await saved(von, section.title);
  });
});
