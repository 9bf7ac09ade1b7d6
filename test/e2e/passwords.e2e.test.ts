import { describe, expect, it } from "vitest";
import type { TestMunicipality } from "../support/factories.js";
import { passwordLink } from "../support/passwords.js";
import type { TestServer } from "../support/server.js";
import { login, type TestBrowser } from "./support/browser.js";
import { expectAccessible, useScenario } from "./support/scenario.js";
import { openAccountMenu } from "./support/workspace.js";

describe("passwords in the browser: a one-time link, the account page, a forgotten password", () => {
  let server: TestServer;
  let kommun: TestMunicipality;
  let browser: TestBrowser;

  useScenario(1, (scenario) => {
    ({ server, kommun } = scenario);
    [browser] = scenario.browsers;
  });

  it("sets a password through the link, arrives signed in, and changes it on the account page", async () => {
    const page = browser.page;
    const { token } = await passwordLink(kommun.municipality.id, kommun.users["kun.chef"].id);
    await page.goto(`${server.url}/losenord#${token}`);
    await page.getByRole("heading", { level: 1, name: "Välj lösenord" }).waitFor();
    // The token is taken out of the address bar at once: it stays out of the history and of shared screens.
    await expect.poll(() => page.url()).toBe(`${server.url}/losenord`);
    await page.getByText("Minst 12 tecken.").waitFor();
    await expectAccessible(page);

    const password = page.getByLabel("Nytt lösenord");
    const repeat = page.getByLabel("Upprepa lösenordet");
    const submit = page.getByRole("button", { name: "Spara lösenord och logga in" });
    await password.fill("för kort");
    await submit.click();
    await page.getByRole("alert").filter({ hasText: "Lösenordet måste ha minst 12 tecken." }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("alert"); // the summary has focus
    await expectAccessible(page);

    // Long enough, but among the most common: only the server knows, and the field says so.
    await password.fill("Qwerty123456");
    await repeat.fill("Qwerty123456");
    await submit.click();
    await page.getByRole("alert").filter({ hasText: "Lösenordet är ett av de vanligaste" }).waitFor();

    await password.fill("en sommar vid sjön");
    await repeat.fill("en sommar vid sjö");
    await submit.click();
    await page.getByRole("alert").filter({ hasText: "Lösenorden är inte lika." }).waitFor();

    await repeat.fill("en sommar vid sjön");
    await submit.click();
    await page.getByRole("heading", { level: 1, name: "Överenskommelser" }).waitFor();
    await page.getByText(`Inloggad som ${kommun.users["kun.chef"].name}`).waitFor();

    // The account page, from the header.
    await openAccountMenu(page);
    await page.getByRole("link", { name: "Mitt konto" }).click();
    await page.getByRole("heading", { level: 1, name: "Mitt konto" }).waitFor();
    await expectAccessible(page);
    await page.getByLabel("Nuvarande lösenord").fill("fel lösenord här");
    await page.getByLabel("Nytt lösenord").fill("en vinter vid havet");
    await page.getByLabel("Upprepa det nya lösenordet").fill("en vinter vid havet");
    await page.getByRole("button", { name: "Byt lösenord" }).click();
    await page.getByRole("alert").filter({ hasText: "Det nuvarande lösenordet stämmer inte." }).waitFor();
    await page.getByLabel("Nuvarande lösenord").fill("en sommar vid sjön");
    await page.getByRole("button", { name: "Byt lösenord" }).click();
    await page.getByRole("status").filter({ hasText: "Ditt lösenord är bytt." }).waitFor();

    await page.getByRole("radio", { name: "En sammanfattning om dagen av olästa notiser" }).check();
    await page.getByLabel("Språk i mejlen").selectOption("EN");
    await page.getByRole("button", { name: "Spara", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Dina val är sparade." }).waitFor();
    await page.reload();
    await expect.poll(() => page.getByRole("radio", { name: "En sammanfattning om dagen av olästa notiser" }).isChecked()).toBe(true);
    expect(await page.getByLabel("Språk i mejlen").inputValue()).toBe("EN");
    await expectAccessible(page);

    // The new password signs in; the link, used once, is refused with a way on.
    await openAccountMenu(page);
    await page.getByRole("button", { name: "Logga ut" }).click();
    await page.getByRole("heading", { level: 1, name: "Logga in" }).waitFor();
    await login(page, server.url, kommun.email("kun.chef"), "en vinter vid havet");
    await openAccountMenu(page);
    await page.getByRole("button", { name: "Logga ut" }).click();
    await page.getByRole("heading", { level: 1, name: "Logga in" }).waitFor();
    await page.goto(`${server.url}/losenord#${token}`);
    await page.getByLabel("Nytt lösenord").fill("ett tredje lösenord");
    await page.getByLabel("Upprepa lösenordet").fill("ett tredje lösenord");
    await page.getByRole("button", { name: "Spara lösenord och logga in" }).click();
    await page.getByTestId("link-unusable").filter({ hasText: "Länken har gått ut eller redan använts." }).waitFor();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Be om en ny länk" }).click();
    await page.getByRole("heading", { level: 1, name: "Glömt lösenord" }).waitFor();
  });

  it("asks for a reset link from the login page and answers alike for any address", async () => {
    const page = browser.page;
    await page.goto(`${server.url}/login`);
    await page.getByRole("link", { name: "Glömt lösenord?" }).click();
    await page.getByRole("heading", { level: 1, name: "Glömt lösenord" }).waitFor();
    await expectAccessible(page);
    for (const email of [kommun.email("ps.chef"), `ingen@${kommun.slug}.example`]) {
      await page.getByLabel("E-postadress").fill(email);
      await page.getByRole("button", { name: "Skicka länk" }).click();
      await page.getByTestId("reset-sent").filter({ hasText: "Om adressen finns hos oss har vi skickat en länk" }).waitFor();
      await page.getByRole("button", { name: "Skicka länk" }).waitFor();
    }
    await expectAccessible(page);
  });
});
