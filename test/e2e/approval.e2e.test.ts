import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { createAgreement } from "../support/agreements.js";
import { readyDraft, today } from "../support/approval.js";
import type { TestMunicipality } from "../support/factories.js";
import { ok } from "../support/graphql.js";
import { asOwner } from "../support/owner.js";
import { insertActionPlan, insertIndicator, insertPeriod, insertReport, insertScopeReport } from "../support/public-follow-up.js";
import type { TestServer } from "../support/server.js";
import { login, type TestBrowser } from "./support/browser.js";
import { expectAccessible, useScenario } from "./support/scenario.js";
import { openAccountMenu, openPart, waitUntilLive } from "./support/workspace.js";

/** Playwright normalises whitespace (the no-break spaces of sv-SE) in text matching; this does it for innerText. */
const text = async (locator: Locator) => (await locator.innerText()).replace(/\s+/g, " ").trim();

const currentStep = (page: Page) => text(page.getByTestId("approval-stepper").locator('[aria-current="step"] .approval-stepper__label'));

/** The secretary of `organName` records an approval on the open agreement page. */
async function approve(page: Page, organName: string, paragraph: string): Promise<void> {
  const form = page.getByRole("form", { name: `Registrera beslut i ${organName}` });
  await form.getByRole("radio", { name: "Godkänd" }).check();
  // A meeting since the submission, which happened today: today is the one date the server accepts.
  await form.getByRole("textbox", { name: "Sammanträdesdatum" }).fill(today());
  await form.getByRole("textbox", { name: "Paragraf" }).fill(paragraph);
  await form.getByRole("button", { name: "Registrera beslutet" }).click();
}

/**
 * The förvaltningschef signs the frozen version on the open agreement page, confirming in the dialog
 * that names what a signature binds; returns the hash they were shown.
 */
async function sign(page: Page): Promise<string> {
  const form = page.getByRole("form", { name: "Underteckna" });
  const hash = await text(form.getByTestId("sign-hash"));
  await form.getByRole("checkbox").check();
  await form.getByRole("button", { name: "Underteckna" }).click();
  await page
    .getByRole("dialog", { name: /^Underteckna version \d+\?$/ })
    .getByRole("button", { name: "Underteckna" })
    .click();
  return hash;
}

describe("approval: committees decide, both chiefs sign, the public sees it without login", () => {
  let server: TestServer;
  let kommun: TestMunicipality;
  let purchaser: TestBrowser; // von.chef
  let provider: TestBrowser; // ps.chef
  let secretary: TestBrowser; // von.sekreterare, then ps.sekreterare
  let visitor: TestBrowser; // nobody: no login at all

  useScenario(4, (scenario) => {
    ({ server, kommun } = scenario);
    [purchaser, provider, secretary, visitor] = scenario.browsers;
  });

  it("submits, approves in both committees, signs twice, and publishes", async () => {
    const { id, vonChef } = await readyDraft(server, kommun);
    const { diarienummer } = ok(await vonChef("query($id: ID!) { agreement(id: $id) { diarienummer } }", { id })).agreement as {
      diarienummer: string;
    };
    const von = purchaser.page;
    const agreementUrl = `${server.url}/overenskommelser/${id}`;

    await login(von, server.url, kommun.email("von.chef"), kommun.password);

    // An unready draft: the stepper lists what is missing, and a submission is refused with every reason.
    const unready = await createAgreement(vonChef, kommun, { title: "Ofärdigt utkast" });
    await von.goto(`${server.url}/overenskommelser/${unready.id}/beslut`);
    await expect.poll(() => text(von.getByTestId("approval-missing"))).toContain("balansen är varken överenskommen");
    await von.getByTestId("approval-panel").getByRole("button", { name: "Skicka till beslut" }).click();
    await von.getByRole("dialog").getByRole("button", { name: "Skicka till beslut" }).click();
    const refusal = von.getByTestId("submit-error");
    await refusal.getByText("Överenskommelsen kan inte skickas till beslut ännu:").waitFor();
    // the balance, six empty required sections, the same six not agreed by both parties, and no indicator
    expect(await refusal.locator("li").count()).toBe(14);
    await expect.poll(() => von.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("submit-error");

    // von.chef: the stepper shows a ready draft; submitting asks first, then freezes version 1.
    await von.goto(`${agreementUrl}/beslut`);
    const vonPanel = von.getByTestId("approval-panel");
    await vonPanel.getByRole("heading", { level: 2, name: "Beslut och underskrift" }).waitFor();
    await expect.poll(() => currentStep(von)).toBe("Utkast");
    await expect.poll(() => text(von.getByTestId("approval-missing"))).toContain("Inget saknas");
    await waitUntilLive(von);
    await expectAccessible(von);

    await vonPanel.getByRole("button", { name: "Skicka till beslut" }).click();
    const dialog = von.getByRole("dialog", { name: `Skicka ${diarienummer} till beslut?` });
    await dialog.waitFor();
    await expect.poll(() => von.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Avbryt");
    await dialog.getByRole("button", { name: "Skicka till beslut" }).click();
    await vonPanel.getByText("Version 1 är fryst och skickad till nämndernas beslut.").waitFor();
    await expect.poll(() => currentStep(von)).toBe("För beslut");
    expect(await text(von.getByTestId("approval-stepper").locator('[data-step="DRAFT"]'))).toContain("Utkast (klart)");
    await expect.poll(() => text(von.getByTestId("approval-missing"))).toContain("beslut i Vård- och omsorgsnämnden");
    expect(await text(von.getByTestId("approval-missing"))).toContain("beslut i Produktionsstyrelsen");
    const frozenHash = await text(vonPanel.getByTestId("content-hash"));
    expect(frozenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await text(vonPanel.getByTestId("frozen-version"))).toBe("Version 1");
    // Co-editing is read-only now.
    await openPart(von, "Text");
    await expect.poll(() => von.locator('[aria-readonly="true"]').count()).toBeGreaterThan(0);
    await expect.poll(() => von.locator('[aria-readonly="false"]').count()).toBe(0);
    await openPart(von, "Beslut");
    // The frozen version downloads as a PDF, authenticated by the session cookie.
    const [download] = await Promise.all([
      von.waitForEvent("download"),
      vonPanel.getByRole("button", { name: "Ladda ned version 1 som PDF" }).click(),
    ]);
    // Named by the server, as every link to this version is: the diarienummer made safe, and the version.
    expect(download.suggestedFilename()).toMatch(/^[A-ZÅÄÖ]+-\d{4}-\d+-v1\.pdf$/);
    expect(
      readFileSync((await download.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    await expectAccessible(von);

    // von.sekreterare finds it on the decisions page; a malformed § is answered at its field.
    const sekr = secretary.page;
    await login(sekr, server.url, kommun.email("von.sekreterare"), kommun.password);
    await sekr.getByRole("navigation").getByRole("link", { name: "Beslut" }).click();
    await sekr.getByRole("heading", { level: 1, name: "Ärenden för beslut" }).waitFor();
    await sekr.getByTestId("approval-queue").getByRole("link", { name: diarienummer }).click();
    await sekr.getByTestId("approval-decisions").waitFor();
    expect(await sekr.getByRole("form", { name: "Registrera beslut i Produktionsstyrelsen" }).count()).toBe(0);
    await approve(sekr, "Vård- och omsorgsnämnden", "tolv");
    const paragraph = sekr.getByRole("textbox", { name: "Paragraf" });
    await expect.poll(() => paragraph.getAttribute("aria-invalid")).toBe("true");
    expect(await text(sekr.locator("#decision-von-paragraph-error"))).toBe("Ange paragrafen som ett nummer, till exempel § 123.");
    await expectAccessible(sekr);
    await paragraph.fill("§ 12");
    await sekr.getByRole("button", { name: "Registrera beslutet" }).click();
    const vonDecision = (page: Page) => page.getByTestId("approval-decisions").locator('[data-organ="VON"]');
    await sekr.getByTestId("approval-decisions").locator('[data-organ="VON"][data-decision="APPROVED"]').waitFor();
    expect(await text(vonDecision(sekr))).toContain(`Sammanträde ${today()}, § 12`);

    // von.chef sees the committee's decision live.
    await vonDecision(von)
      .filter({ hasText: `Sammanträde ${today()}, § 12` })
      .waitFor();

    // ps.sekreterare records Produktionsstyrelsen's approval; the agreement is approved.
    await openAccountMenu(sekr);
    await sekr.getByRole("button", { name: "Logga ut" }).click();
    await login(sekr, server.url, kommun.email("ps.sekreterare"), kommun.password);
    await sekr.goto(`${agreementUrl}/beslut`);
    await approve(sekr, "Produktionsstyrelsen", "145");
    await sekr
      .getByTestId("approval-decisions")
      .locator('[data-organ="PS"]')
      .filter({ hasText: `Sammanträde ${today()}, § 145` })
      .waitFor();

    // von.chef: "Godkänd", live; signs exactly the frozen hash, after confirming the review.
    await expect.poll(() => currentStep(von)).toBe("Godkänd");
    await von.getByRole("form", { name: "Underteckna" }).getByRole("button", { name: "Underteckna" }).click();
    await von.getByText("Bekräfta att du har granskat versionen.").waitFor();
    await expectAccessible(von);
    expect(await sign(von)).toBe(frozenHash);
    await vonPanel.getByText("Du har undertecknat version 1.").waitFor();
    await expect
      .poll(() => text(von.getByTestId("approval-signing").locator('[data-party="PURCHASER"]')))
      .toContain("Beställaren: Vera Lind");

    // ps.chef signs too; both pages reach "Undertecknad".
    const ps = provider.page;
    await login(ps, server.url, kommun.email("ps.chef"), kommun.password);
    await ps.goto(`${agreementUrl}/beslut`);
    expect(await sign(ps)).toBe(frozenHash);
    await expect.poll(() => currentStep(ps)).toBe("Undertecknad");
    await expect.poll(() => currentStep(von)).toBe("Undertecknad");
    await expect
      .poll(() => text(von.getByTestId("approval-signing").locator('[data-party="PROVIDER"]')))
      .toContain("Utföraren: Petra Sjöberg");
    await expectAccessible(von);

    // Production's first quarter, accepted (a RED value with its plan), and a second one only reported.
    const waiting = await insertIndicator(kommun, id, { name: "Väntetid", unit: "dagar", direction: "LOWER_IS_BETTER", target: "14" });
    await insertPeriod(kommun, id, "2027-Q1", "ACCEPTED");
    await insertPeriod(kommun, id, "2027-Q2", "REPORTED");
    const red = await insertReport(kommun, id, { indicatorId: waiting, period: "2027-Q1", value: "30.5", status: "RED" });
    await insertActionPlan(kommun, id, {
      reportId: red,
      description: "Fler i nattpatrullen",
      owner: "ps.chef",
      dueDate: "2027-06-30",
      status: "PLANNED",
    });
    await insertReport(kommun, id, { indicatorId: waiting, period: "2027-Q2", value: "77.7", status: "RED", comment: "Ej godkänd" });
    const [scopeLine] = await asOwner<{ id: string }>(
      kommun.municipality.id,
      "SELECT id FROM balance_line WHERE agreement_id = $1 AND kind = 'SCOPE'",
      [id],
    );
    await insertScopeReport(kommun, id, {
      balanceLineId: scopeLine.id,
      period: "2027-Q1",
      deliveredVolume: "24.5",
      actualCost: "251234.50",
    });

    // Anyone, without login: the municipality's public record lists the signed agreement.
    const pub = visitor.page;
    await pub.goto(`${server.url}/${kommun.slug}/offentligt`);
    await pub.getByRole("heading", { level: 1, name: `Undertecknade överenskommelser i Testkommun ${kommun.slug}` }).waitFor();
    expect(pub.url()).toBe(`${server.url}/${kommun.slug}/offentligt`); // no redirect to the login page
    const record = pub.getByRole("article", { name: `${diarienummer} Hemtjänst 2027` });
    await record.waitFor();
    expect(await text(record)).toContain("Vård- och omsorgsnämnden");
    expect(await text(record)).toContain("2027-01-01 – 2027-12-31");
    expect(await text(record.getByTestId("public-approvals"))).toContain(
      `Vård- och omsorgsnämnden: godkänd vid sammanträde ${today()}, § 12`,
    );
    expect(await text(record.getByTestId("public-approvals"))).toContain(`Produktionsstyrelsen: godkänd vid sammanträde ${today()}, § 145`);
    expect(await text(record.getByTestId("public-signatures"))).toContain("Vera Lind för beställaren");
    expect(await text(record.getByTestId("public-signatures"))).toContain("Petra Sjöberg för utföraren");
    expect(await text(record.getByTestId("public-total-cost"))).toBe("1 000 000,00 kr");
    expect(await text(record.getByTestId("public-total-compensation"))).toBe("1 020 000,00 kr");
    await record.getByRole("region", { name: "Rader i balansen" }).getByRole("rowheader", { name: "Hemtjänst" }).waitFor();
    expect(await text(record)).toContain("överenskommen text för");
    expect(await text(record)).toContain(frozenHash);

    // Its accepted follow-up, and nothing of the quarter that is only reported.
    const followUp = record.getByTestId("public-follow-up");
    const results = followUp.getByRole("region", { name: "Godkända resultat" });
    expect(await text(results.getByRole("row", { name: /Väntetid/ }))).toBe(
      "Väntetid 2027-Q1 30,5 dagar ■ Röd: målet inte nått, utanför varningsgränsen",
    );
    expect(await text(followUp.getByRole("region", { name: "Handlingsplaner" }))).toContain(
      "Fler i nattpatrullen Petra Sjöberg 2027-06-30 Planerad",
    );
    expect(await text(followUp.getByTestId("public-follow-up-actual-cost"))).toBe("251 234,50 kr");
    expect(await text(followUp)).not.toContain("77,7");
    expect(await text(followUp)).not.toContain("Ej godkänd");
    const summary = pub.getByRole("region", { name: /^Uppföljning per undertecknad överenskommelse/ });
    expect(await text(summary.locator(`tr[data-diarienummer="${diarienummer}"]`))).toBe(`${diarienummer} Hemtjänst 2027 2027-Q1 0 0 1 1`);

    // The list in three formats: for Swedish Excel, and CSV and JSON for open data.
    const exports = pub.getByRole("region", { name: "Ladda ned förteckningen" });
    for (const [name, file] of [
      ["Ladda ned för Excel", "agreements-excel.csv"],
      ["Ladda ned som CSV (öppna data)", "agreements.csv"],
      ["Ladda ned som JSON (öppna data)", "agreements.json"],
    ]) {
      const link = exports.getByRole("link", { name });
      expect(await link.getAttribute("href")).toBe(`/api/public/${kommun.slug}/${file}`);
      const answer = await pub.request.get(`${server.url}/api/public/${kommun.slug}/${file}`);
      expect(answer.status()).toBe(200);
      expect(await answer.text()).toContain(diarienummer);
    }
    const followUpCsv = await pub.request.get(`${server.url}${await pub.getByTestId("public-follow-up-csv").getAttribute("href")}`);
    expect(await followUpCsv.text()).toContain(`${diarienummer},Hemtjänst 2027,Väntetid,dagar,Lägre är bättre,14,,2027-Q1,30.5,Röd,`);
    const [excel] = await Promise.all([pub.waitForEvent("download"), exports.getByRole("link", { name: "Ladda ned för Excel" }).click()]);
    expect(excel.suggestedFilename()).toBe(`overenskommelser-${kommun.slug}-excel.csv`);
    const pdfHref = await record.getByRole("link", { name: `Ladda ned ${diarienummer} som PDF` }).getAttribute("href");
    const pdf = await pub.request.get(`${server.url}${pdfHref}`);
    expect(pdf.headers()["content-type"]).toContain("application/pdf");
    const [signedPdf] = await Promise.all([
      pub.waitForEvent("download"),
      record.getByRole("link", { name: `Ladda ned ${diarienummer} som PDF` }).click(),
    ]);
    expect(signedPdf.suggestedFilename()).toBe(`${diarienummer.replace(/[ /]/g, "-")}-v1-signerad.pdf`);
    await expectAccessible(pub);

    // A signed agreement changes only by a tilläggsuppdrag: von.chef starts one and lands in its draft.
    await vonPanel.getByRole("button", { name: "Starta tilläggsuppdrag" }).click();
    await von.getByRole("dialog", { name: "Starta ett tilläggsuppdrag?" }).getByRole("button", { name: "Starta tilläggsuppdrag" }).click();
    await expect.poll(() => von.url()).not.toBe(`${agreementUrl}/beslut`);
    await openPart(von, "Beslut");
    const amends = von.getByTestId("amends");
    await amends.waitFor();
    expect(von.url()).not.toBe(agreementUrl);
    expect(await text(amends)).toBe(`Tilläggsuppdrag till ${diarienummer} Hemtjänst 2027`);
    await expect.poll(() => currentStep(von)).toBe("Utkast");
  });
});
