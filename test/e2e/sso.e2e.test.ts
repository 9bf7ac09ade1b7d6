import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { seedMunicipality, type TestMunicipality } from "../support/factories.js";
import { ok } from "../support/graphql.js";
import { MAPPINGS, configureSso, startSsoWorld, type SsoWorld } from "../support/sso.js";
import { launchBrowser, login, type TestBrowser } from "./support/browser.js";
import { expectAccessible } from "./support/scenario.js";
import { openAccountMenu } from "./support/workspace.js";

/**
 * Single sign-on in a real browser against a real OpenID provider on loopback: the login page offers
 * the municipality's button (by the address, and by the e-mail typed), the provider's own page signs
 * the person in, and they arrive in Balans signed in with the role their group maps to.
 */
describe("single sign-on in the browser", () => {
  let w: SsoWorld;
  let m: TestMunicipality;
  let browser: TestBrowser;
  const domain = () => `${m.slug}.example`;

  beforeAll(async () => {
    [w, m, browser] = await Promise.all([startSsoWorld(), seedMunicipality(), launchBrowser()]);
    const { admin } = await configureSso(w, m, { jitEnabled: true, emailDomains: [domain()], displayName: "Österåkers kommun" });
    ok(await admin(MAPPINGS, { m: [{ group: "balans-ledning", organId: m.organs.KS.id, role: "KOMMUNLEDNING" }] }));
    w.provider.accounts.set("dora", { email: `dora@${domain()}`, email_verified: true, name: "Dora Dahl", groups: ["balans-ledning"] });
    w.provider.accounts.set("erik", { email: `erik@${domain()}`, email_verified: true, name: "Erik Ek", groups: ["elsewhere"] });
  });
  afterEach(() => expect(browser.pageErrors).toEqual([]));
  afterAll(async () => {
    await browser?.close();
    await w?.provider.close();
    await w?.server.close();
  });

  it("clicks the municipality's button, signs in at the provider and arrives signed in with the mapped role", async () => {
    const page = browser.page;
    await page.goto(`${w.server.url}/login?kommun=${m.slug}`);
    const button = page.getByRole("link", { name: "Logga in med Österåkers kommuns konto" });
    await button.waitFor();
    await expectAccessible(page);
    await button.click();

    // The provider's own page (test/support/oidc-provider.ts).
    await page.getByRole("heading", { name: "Test provider" }).waitFor();
    expect(new URL(page.url()).origin).toBe(w.provider.issuer);
    await page.getByLabel("Username").fill("dora");
    await page.getByRole("button", { name: "Sign in" }).click();

    await page.getByRole("heading", { level: 1, name: "Överenskommelser" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/");
    await page.getByText("Inloggad som Dora Dahl").waitFor();
    // KOMMUNLEDNING, through the group: the escalation queue is theirs.
    await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Eskaleringskö" }).click();
    await page.getByRole("heading", { level: 1, name: "Eskaleringskö" }).waitFor();

    await openAccountMenu(page);
    await page.getByRole("button", { name: "Logga ut" }).click();
    await page.getByRole("heading", { level: 1, name: "Logga in" }).waitFor();
  });

  it("offers the button for an e-mail address at the municipality's domain, and explains a refusal", async () => {
    const page = browser.page;
    // Dora's session at the provider would sign her in again without asking.
    await browser.context.clearCookies();
    await page.goto(`${w.server.url}/login`);
    await page.getByLabel("E-postadress").fill(`someone@${domain()}`);
    await page.getByRole("link", { name: "Logga in med Österåkers kommuns konto" }).click();

    await page.getByLabel("Username").fill("erik");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "Inloggningen gick inte igenom" }).waitFor();
    await page.getByRole("alert").filter({ hasText: "Du har ingen roll i Balans ännu" }).waitFor();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Till inloggningssidan" }).click();
    await page.getByRole("heading", { level: 1, name: "Logga in" }).waitFor();
    expect(new URL(page.url()).searchParams.get("kommun")).toBe(m.slug);
  });

  it("gives the ADMIN the settings page, without the secret, and accessible", async () => {
    const page = browser.page;
    await login(page, w.server.url, m.email("admin"), m.password);
    await page.goto(`${w.server.url}/admin/inloggning`);
    await page.getByRole("heading", { level: 2, name: "Inloggning med kommunens konto" }).waitFor();
    expect(await page.getByTestId("sso-callback-url").innerText()).toBe(`${w.server.url}/auth/oidc/callback`);
    expect(await page.getByLabel("Utfärdare (issuer)").inputValue()).toBe(w.provider.issuer);
    expect(await page.getByLabel("Klienthemlighet").inputValue()).toBe("");
    expect(await page.content()).not.toContain(w.provider.clientSecret);
    await page.getByRole("textbox", { name: "Grupp, rad 1" }).waitFor();
    expect(await page.getByRole("textbox", { name: "Grupp, rad 1" }).inputValue()).toBe("balans-ledning");
    await expectAccessible(page);

    await page.getByLabel("Kommunens namn på knappen").fill("Österåker");
    await page.getByRole("button", { name: "Spara", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Inställningarna är sparade." }).waitFor();
  });
});
