import { describe, expect, it } from "vitest";
import { TEST_PASSWORD, type TestMunicipality } from "../support/factories.js";
import type { TestServer } from "../support/server.js";
import { login, type TestBrowser } from "./support/browser.js";
import { expectAccessible, useScenario } from "./support/scenario.js";
import { openAccountMenu } from "./support/workspace.js";

describe("administration in the browser: the admin adds an organ and a person, who signs in with the role given", () => {
  let server: TestServer;
  let kommun: TestMunicipality;
  let browser: TestBrowser;

  useScenario(1, (scenario) => {
    ({ server, kommun } = scenario);
    [browser] = scenario.browsers;
  });

  it("creates an organ and a user, guards the last admin, and the user follows the link, sets a password and sees the role", async () => {
    const page = browser.page;
    await login(page, server.url, kommun.email("admin"), TEST_PASSWORD);
    // The admin creates no agreements: the header does not offer it.
    expect(await page.getByRole("link", { name: "Ny överenskommelse" }).count()).toBe(0);
    await page.getByRole("link", { name: "Administration" }).click();
    await page.getByRole("heading", { level: 2, name: "Organ" }).waitFor();
    await page.getByTestId("admin-organs").waitFor();
    await expectAccessible(page);

    // A short name that is taken is named on its field; then the organ is made.
    await page.getByRole("button", { name: "Lägg till organ" }).click();
    await page.getByRole("textbox", { name: "Namn", exact: true }).fill("Socialnämnden");
    await page.getByRole("textbox", { name: "Kortnamn" }).fill("VON");
    await page.getByLabel("Typ").selectOption("BESTALLARNAMND");
    await page.getByRole("button", { name: "Spara" }).click();
    await page.getByRole("alert").filter({ hasText: "Kortnamnet används redan av ett annat organ." }).waitFor();
    await expectAccessible(page);
    await page.getByRole("textbox", { name: "Kortnamn" }).fill("son");
    await page.getByRole("button", { name: "Spara" }).click();
    await page.getByRole("status").filter({ hasText: "Organet Socialnämnden har lagts till." }).waitFor();
    await page.getByRole("row", { name: /Socialnämnden SON Beställarnämnd Aktiv/ }).waitFor();

    // A person with a role in it, invited with a one-time link shown to pass on (no mail server here).
    await page.getByRole("link", { name: "Användare" }).click();
    await page.getByTestId("admin-users").waitFor();
    await page.getByRole("button", { name: "Lägg till användare" }).click();
    await page.getByRole("textbox", { name: "Namn", exact: true }).fill("Sofia Nilsson");
    await page.getByRole("textbox", { name: "E-postadress" }).fill(`sofia.nilsson@${kommun.slug}.example`);
    await page.getByLabel("Roll", { exact: true }).selectOption("HANDLAGGARE");
    await page.getByLabel("Organ", { exact: true }).selectOption({ label: "Socialnämnden (SON)" });
    await page.getByRole("button", { name: "Spara" }).click();
    const link = (await page.getByTestId("invitation-link").textContent())!.trim();
    expect(link).toMatch(/\/losenord#[\w-]{43}$/);
    await page
      .getByRole("row", { name: /Sofia Nilsson/ })
      .getByText("Handläggare, SON")
      .waitFor();
    await expectAccessible(page);

    // The only admin cannot deactivate themself: asked first, then refused with the reason.
    await page.getByRole("button", { name: `Inaktivera: ${kommun.users.admin.name}` }).click();
    const dialog = page.getByRole("dialog", { name: `Inaktivera ${kommun.users.admin.name}?` });
    await dialog.waitFor();
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "Inaktivera" }).click();
    await page.getByRole("alert").filter({ hasText: "Kommunen måste ha minst en aktiv administratör." }).waitFor();

    // The value classes' thresholds, typed the Swedish way: checked at the fields before anything is sent, then saved.
    await page.getByRole("link", { name: "Inställningar", exact: true }).click();
    await page.getByRole("heading", { level: 2, name: "Inställningar" }).waitFor();
    const medium = page.getByRole("textbox", { name: "Medel från (kr)" });
    expect(await medium.inputValue()).toBe("5000000,00");
    await medium.fill("30 000 000,5");
    const saveGeneral = page.getByRole("button", { name: "Spara", exact: true }).first();
    await saveGeneral.click();
    const summary = page.getByRole("alert").filter({ hasText: "Formuläret innehåller fel" });
    await summary.getByRole("link", { name: "Hög från (kr): Gränsen för hög ska vara större än gränsen för medel." }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("settings-value-high");
    await expectAccessible(page);
    await page.getByRole("textbox", { name: "Hög från (kr)" }).fill("50 000 000");
    await saveGeneral.click();
    await page.getByRole("status").filter({ hasText: "Sparat." }).waitFor();
    await expect.poll(() => medium.inputValue()).toBe("30000000,50");
    expect(await summary.count()).toBe(0);

    // The changes are in the log, with who made them.
    await page.getByRole("link", { name: "Logg", exact: true }).click();
    await page.getByTestId("admin-log").getByText("Användaren Sofia Nilsson", { exact: false }).first().waitFor();
    await page.getByTestId("admin-log").getByText("värdeklass medel från 30", { exact: false }).first().waitFor();
    await expectAccessible(page);

    // The new user follows the link, chooses a password, and arrives signed in with the role.
    await openAccountMenu(page);
    await page.getByRole("button", { name: "Logga ut" }).click();
    await page.getByRole("heading", { level: 1, name: "Logga in" }).waitFor();
    await page.goto(link.replace(/^https?:\/\/[^/]+/, server.url));
    await page.getByLabel("Nytt lösenord").fill("en höst i skogen");
    await page.getByLabel("Upprepa lösenordet").fill("en höst i skogen");
    await page.getByRole("button", { name: "Spara lösenord och logga in" }).click();
    await page.getByText("Inloggad som Sofia Nilsson").waitFor();
    await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Ny överenskommelse" }).waitFor(); // a handläggare drafts
    expect(await page.getByRole("link", { name: "Administration" }).count()).toBe(0);
    await openAccountMenu(page);
    await page.getByRole("link", { name: "Mitt konto" }).click();
    await page.getByTestId("account-roles").getByText("Handläggare i Socialnämnden").waitFor();
  });
});
