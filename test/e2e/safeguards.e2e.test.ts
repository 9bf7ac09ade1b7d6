import { describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { createAgreement } from "../support/agreements.js";
import { fillRequiredSections, today } from "../support/approval.js";
import { PROPOSE, addLines, fixedResource, scope } from "../support/balance.js";
import { DECIDE, REFER, raiseDispute } from "../support/disputes.js";
import type { TestMunicipality } from "../support/factories.js";
import { actor, ok } from "../support/graphql.js";
import type { TestServer } from "../support/server.js";
import { agreeRequiredSections } from "../support/section-marks.js";
import { login, type TestBrowser } from "./support/browser.js";
import { expectAccessible, useScenario } from "./support/scenario.js";
import { openPart } from "./support/workspace.js";

const text = async (locator: Locator) => (await locator.innerText()).replace(/\s+/g, " ").trim();
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000 });
/** The name of the focused element: the safe choice of a confirmation dialog has the focus when it opens. */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim());
const markNoReload = (page: Page) => page.evaluate(() => ((window as unknown as { balansNoReload?: boolean }).balansNoReload = true));
const stillNoReload = (page: Page) => page.evaluate(() => (window as unknown as { balansNoReload?: boolean }).balansNoReload === true);

const SECTION = "Mål och kvalitetskrav";
const DECISION = "Väntetiden till särskilt boende får vara högst fyra månader.";

/** Confirms the open dialog named `title` with `confirm`, after checking that it opened on its safe choice. */
async function confirmIn(page: Page, title: string, confirm: string): Promise<void> {
  const dialog = page.getByRole("dialog", { name: title });
  await dialog.waitFor();
  await poll(() => focused(page)).toBe("Avbryt");
  await dialog.getByRole("button", { name: confirm, exact: true }).click();
  await dialog.waitFor({ state: "hidden" });
}

describe("safeguards: irreversible steps are confirmed, decisions reach the text, and the other page follows the lock live", () => {
  let server: TestServer;
  let kommun: TestMunicipality;
  let purchaser: TestBrowser; // von.chef
  let provider: TestBrowser; // ps.chef

  useScenario(2, (scenario) => {
    ({ server, kommun } = scenario);
    [purchaser, provider] = scenario.browsers;
  });

  it("asks before accepting, escalating and submitting; a decision waits on its section; submission takes the other party's actions away", async () => {
    // A draft with its text written, a balance that misses the 1 % requirement, von.chef's proposal to
    // mend it, and von.chef's dispute on a section.
    const vonChef = await actor(server, kommun, "von.chef");
    const kl = await actor(server, kommun, "kommunledning");
    const psChef = await actor(server, kommun, "ps.chef");
    const { id } = await createAgreement(vonChef, kommun);
    await fillRequiredSections(vonChef, id);
    await agreeRequiredSections(vonChef, psChef, id);
    const balance = await addLines(vonChef, id, [scope("Hemtjänst", 100, "10000.00"), fixedResource("Ersättning", "1000000.00")]);
    const ersattning = balance.lines.find((line) => line.description === "Ersättning")!;
    ok(
      await vonChef(PROPOSE, {
        id,
        v: balance.version,
        input: {
          message: "Marginal enligt resultatkravet",
          changes: [{ op: "UPDATE", lineId: ersattning.id, line: fixedResource("Ersättning", "1020000.00") }],
        },
      }),
    );
    const sections = ok(await vonChef("query($id: ID!) { agreement(id: $id) { sections { id title } } }", { id })).agreement
      .sections as Array<{ id: string; title: string }>;
    const dispute = await raiseDispute(vonChef, id, {
      subject: "MAL",
      sectionId: sections.find((s) => s.title === SECTION)!.id,
      description: "Hur lång får väntetiden vara?",
    });

    const von = purchaser.page;
    const ps = provider.page;
    const agreementUrl = `${server.url}/overenskommelser/${id}`;
    await Promise.all([
      login(von, server.url, kommun.email("von.chef"), kommun.password),
      login(ps, server.url, kommun.email("ps.chef"), kommun.password),
    ]);
    await Promise.all([von.goto(agreementUrl), ps.goto(agreementUrl)]);
    await Promise.all([openPart(von, "Balans"), openPart(ps, "Balans")]);
    const vonBalance = von.getByTestId("balance-panel");
    const psBalance = ps.getByTestId("balance-panel");
    await poll(() => text(vonBalance.getByTestId("requirement-verdict"))).toContain("✗ Resultatkravet uppfylls inte");

    // von.chef marks the balance although it misses the requirement: only with a reason, which ps.chef sees.
    await vonBalance.getByRole("button", { name: "Markera att balansen håller (version 2)" }).click();
    const reason = vonBalance.getByRole("textbox", { name: /Varför håller balansen/ });
    await poll(() => reason.getAttribute("aria-invalid")).toBe("true");
    await reason.fill("Underskottet täcks av nämndens reserv under 2027.");
    await vonBalance.getByRole("button", { name: "Markera att balansen håller (version 2)" }).click();
    await poll(() => text(psBalance.locator('[data-party="PURCHASER"]'))).toContain(
      "Motivering: Underskottet täcks av nämndens reserv under 2027.",
    );

    // ps.chef accepts von.chef's proposal, after a dialog naming what accepting does.
    const card = psBalance.getByRole("article", { name: "Förslag från Beställaren" });
    await card.getByRole("button", { name: "Godta förslaget" }).click();
    await ps.getByRole("dialog", { name: "Godta förslaget?" }).waitFor();
    expect(await text(ps.getByRole("dialog", { name: "Godta förslaget?" }))).toContain("kan inte ångras");
    await expectAccessible(ps);
    await confirmIn(ps, "Godta förslaget?", "Godta och för in ändringarna");
    await card.getByTestId("proposal-status").filter({ hasText: "Godtaget" }).waitFor();
    await poll(() => text(vonBalance.getByTestId("requirement-verdict"))).toContain("✓ Resultatkravet uppfylls");
    await vonBalance.getByRole("button", { name: "Markera att balansen håller (version 3)" }).click();
    await psBalance.getByRole("button", { name: "Markera att balansen håller (version 3)" }).click();
    await vonBalance.getByTestId("balance-status").filter({ hasText: "Överenskommen" }).waitFor();

    // ps.chef escalates the section dispute, after a dialog; KS decides it (through the API).
    await openPart(ps, "Tvister");
    await ps
      .getByTestId("disputes-panel")
      .getByRole("link", { name: `Mål: avsnittet ${SECTION}` })
      .click();
    await ps.getByRole("button", { name: "Eskalera till kommunledningen" }).click();
    await confirmIn(ps, "Eskalera tvisten till kommunledningen?", "Eskalera tvisten");
    await ps.getByTestId("dispute-status").filter({ hasText: "Eskalerad" }).waitFor();
    ok(await kl(REFER, { id: dispute.id, body: "KOMMUNSTYRELSE" }));
    ok(await kl(DECIDE, { id: dispute.id, input: { decision: DECISION, meetingDate: today(), paragraph: "145" } }));

    // The decision stands on its section, on von.chef's open page too, and the stepper waits for the text.
    await openPart(von, "Text");
    const vonNotice = von.getByTestId("section-decisions");
    await poll(() => text(vonNotice)).toContain(DECISION);
    expect(await text(vonNotice)).toContain(`Kommunstyrelsens beslut, sammanträde ${today()}, § 145`);
    await openPart(von, "Beslut");
    await poll(() => text(von.getByTestId("approval-missing"))).toContain(
      `ingen part har bekräftat att texten i avsnittet ”${SECTION}” återspeglar beslutet om det`,
    );
    await ps.goto(agreementUrl);
    await ps.getByTestId("section-decisions").getByRole("button", { name: "Texten återspeglar beslutet" }).click();
    await openPart(von, "Text");
    await vonNotice.waitFor({ state: "detached" });
    await poll(() => text(von.getByTestId("section-decision-reflected"))).toContain(
      "Texten bekräftades återspegla beslutet av Petra Sjöberg",
    );
    // The decision reopened its section; the parties agree on its text again (through the API).
    await openPart(von, "Beslut");
    await poll(() => text(von.getByTestId("approval-missing"))).toContain(`avsnittet ”${SECTION}” är inte överenskommet av båda parter`);
    await agreeRequiredSections(vonChef, psChef, id);
    await poll(() => text(von.getByTestId("approval-missing"))).toContain("Inget saknas");

    // Before the submission ps.chef's page offers to change the balance and to raise disputes.
    await openPart(ps, "Balans");
    await markNoReload(ps);
    await psBalance.getByRole("button", { name: "Lägg till rad" }).waitFor();
    expect(await psBalance.getByRole("button", { name: /^Ändra raden/ }).count()).toBe(2);
    expect(await ps.getByRole("button", { name: /^Lyft (en )?tvist/ }).count()).toBeGreaterThan(0);

    // von.chef submits, after the dialog that says what freezing means.
    await von.getByTestId("approval-panel").getByRole("button", { name: "Skicka till beslut" }).click();
    await confirmIn(von, `Skicka ${await diarienummer(vonChef, id)} till beslut?`, "Skicka till beslut");
    await von.getByText("Version 1 är fryst och skickad till nämndernas beslut.").waitFor();

    // ps.chef's open page, without a reload: the actions are gone, and it says why.
    const lockNote = "Överenskommelsen är inlämnad för beslut; texten och balansen är låsta.";
    await poll(() => text(psBalance.getByTestId("lock-note"))).toBe(lockNote);
    await poll(() => psBalance.getByRole("button", { name: "Lägg till rad" }).count()).toBe(0);
    expect(await psBalance.getByRole("button", { name: /^Ändra raden/ }).count()).toBe(0);
    expect(await psBalance.getByRole("button", { name: /^Markera att balansen håller/ }).count()).toBe(0);
    await poll(() => ps.getByRole("button", { name: /^Lyft (en )?tvist/ }).count()).toBe(0);
    await openPart(ps, "Tvister");
    expect(await text(ps.getByTestId("disputes-panel").getByTestId("lock-note"))).toBe(lockNote);
    // The text, which ps.chef's page opened before the submission, turned read-only there too.
    await openPart(ps, "Text");
    await poll(() => ps.locator('[aria-readonly="true"]').count()).toBeGreaterThan(0);
    expect(await ps.locator('[aria-readonly="false"]').count()).toBe(0);
    expect(await stillNoReload(ps)).toBe(true);
    // The frozen record carries the marks (this version's were made where the requirement holds) and the decision.
    await openPart(ps, "Beslut");
    await poll(() => text(ps.getByTestId("approval-record"))).toContain(DECISION);
    await expectAccessible(ps);
  });
});

async function diarienummer(caller: Awaited<ReturnType<typeof actor>>, id: string): Promise<string> {
  return ok(await caller("query($id: ID!) { agreement(id: $id) { diarienummer } }", { id })).agreement.diarienummer as string;
}
