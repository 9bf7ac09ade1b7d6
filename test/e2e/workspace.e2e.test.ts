import { describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { createAgreement } from "../support/agreements.js";
import { textUpdate } from "../support/approval.js";
import { addLines, fixedResource, scope } from "../support/balance.js";
import { ESCALATE, raiseDispute } from "../support/disputes.js";
import type { DemoWho } from "../../server/seed/municipality-seed.js";
import type { TestMunicipality } from "../support/factories.js";
import { actor, ok } from "../support/graphql.js";
import { asOwner } from "../support/owner.js";
import type { TestServer } from "../support/server.js";
import { axeViolations, describeViolations, login, type TestBrowser } from "./support/browser.js";
import { expectAccessible, useScenario } from "./support/scenario.js";
import { openAccountMenu, openPart, partLink, waitUntilLive } from "./support/workspace.js";

const text = async (locator: Locator) => (await locator.innerText()).replace(/\s+/g, " ").trim();
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000 });
const marks = (page: Page, key: string) =>
  page
    .getByTestId("section-outline")
    .locator(`li[data-section="${key}"] [data-mark]`)
    .evaluateAll((found) => found.map((e) => e.getAttribute("data-mark")));
/** Whether the header's parts (brand, links, tools) share one row, every one within the window's width. */
const headerOnOneRow = (page: Page) =>
  page.locator(".app-header__inner > *").evaluateAll((parts) => {
    const boxes = parts.map((p) => p.getBoundingClientRect());
    const oneRow = Math.max(...boxes.map((b) => b.top)) < Math.min(...boxes.map((b) => b.bottom));
    const inside = boxes.every((b) => b.right <= document.documentElement.clientWidth);
    return oneRow && inside && document.documentElement.scrollWidth <= document.documentElement.clientWidth;
  });

const SECTIONS = "query($id: ID!) { agreement(id: $id) { sections { id key } } }";
const COMMENT = "mutation($s: ID!, $b: String!) { addComment(sectionId: $s, body: $b) { id } }";
const PUSH = "mutation($s: ID!, $u: String!) { pushSectionUpdate(sectionId: $s, update: $u) { seq } }";

describe("the agreement workspace: parts with their own addresses, the outline, the step in view", () => {
  let server: TestServer;
  let kommun: TestMunicipality;
  let chief: TestBrowser; // von.chef
  let many: TestBrowser; // a user with every link in the header

  useScenario(2, (scenario) => {
    ({ server, kommun } = scenario);
    [chief, many] = scenario.browsers;
  });

  /**
   * A draft mid-negotiation, made through the API: text in one section, a comment on another, a
   * dispute on a third and three balance lines. Each test makes its own, so any of them can run alone.
   */
  async function draftInProgress() {
    const vonApi = await actor(server, kommun, "von.chef");
    const psApi = await actor(server, kommun, "ps.chef");
    const { id } = await createAgreement(vonApi, kommun, { title: "Hemtjänst och larm 2027" });
    const found = ok(await vonApi<{ agreement: { sections: Array<{ id: string; key: string }> } }>(SECTIONS, { id })).agreement.sections;
    const section = Object.fromEntries(found.map((s) => [s.key, s.id]));
    ok(await vonApi(PUSH, { s: section.parter, u: textUpdate("Vård- och omsorgsnämnden och Produktionsstyrelsen, hela 2027.") }));
    ok(await psApi(COMMENT, { s: section.uppdrag, b: "Omfattar detta även trygghetslarmen?" }));
    const { id: disputeId } = await raiseDispute(psApi, id, { sectionId: section.mal, subject: "KVALITETSKRAV" });
    await addLines(vonApi, id, [
      scope("Hemtjänst, beviljade timmar inklusive dubbelbemanning och nattpatrull", 41_000, "412.50", "timmar"),
      scope("Trygghetslarm med installation och åtgärd", 1_250, "3125.75", "larm"),
      fixedResource("Grundersättning enligt beräkningsmodellen", "20000000.00"),
    ]);
    return { id, disputeId, section };
  }

  /** Signs `who` in on `page` unless a test before this one already did (the session cookie is there). */
  async function signedIn(page: Page, who: DemoWho): Promise<void> {
    if ((await page.context().cookies()).length === 0) await login(page, server.url, kommun.email(who), kommun.password);
  }

  /** The chief's browser on the workspace of `id`, live. */
  async function openWorkspace(id: string): Promise<Page> {
    const page = chief.page;
    await signedIn(page, "von.chef");
    await page.goto(`${server.url}/overenskommelser/${id}`);
    await page.getByRole("heading", { level: 2, name: "Avsnitt", exact: true }).first().waitFor();
    await waitUntilLive(page);
    return page;
  }

  it("opens each part at its own address; links, the keyboard and the back button move between them", async () => {
    const { id } = await draftInProgress();
    const page = await openWorkspace(id);
    expect(await partLink(page, "Text").getAttribute("aria-current")).toBe("page");

    const parts = [
      { part: "Balans", path: "/balans", shows: page.getByTestId("balance-panel") },
      { part: "Tvister", path: "/tvister", shows: page.getByTestId("disputes-panel") },
      { part: "Historik", path: "/historik", shows: page.getByTestId("timeline") },
      { part: "Beslut", path: "/beslut", shows: page.getByTestId("approval-panel") },
    ] as const;
    for (const { part, path, shows } of parts) {
      await openPart(page, part);
      expect(new URL(page.url()).pathname).toBe(`/overenskommelser/${id}${path}`);
      await shows.waitFor();
    }
    // The open disputes are counted on their link, in words for a screen reader.
    expect(await partLink(page, "Tvister").getAttribute("aria-current")).toBeNull();
    expect(await text(partLink(page, "Tvister"))).toContain("1 öppen tvist");

    // Back through the parts, as through pages.
    await page.goBack();
    await page.getByTestId("timeline").waitFor();
    await page.goBack();
    await page.getByTestId("disputes-panel").waitFor();
    await page.goBack();
    await page.getByTestId("balance-panel").waitFor();
    expect(new URL(page.url()).pathname).toBe(`/overenskommelser/${id}/balans`);

    // From the keyboard: the link keeps focus after moving, the part opens below it.
    await partLink(page, "Historik").focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("timeline").waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Historik");

    // A part's address opens it directly.
    await page.goto(`${server.url}/overenskommelser/${id}/beslut`);
    await page.getByTestId("approval-panel").waitFor();
    expect(await partLink(page, "Beslut").getAttribute("aria-current")).toBe("page");
  });

  it("shows each section's state in the outline, live on any part, and takes focus to a section", async () => {
    const { id, section } = await draftInProgress();
    const page = await openWorkspace(id);
    await openPart(page, "Balans");
    await poll(() => marks(page, "parter")).toEqual(["required"]);
    await poll(() => marks(page, "uppdrag")).toEqual(["commented", "empty", "required"]);
    await poll(() => marks(page, "mal")).toEqual(["disputed", "empty", "required"]);
    expect(await marks(page, "villkor")).toEqual(["empty"]);
    expect(await text(page.getByTestId("section-outline").locator('li[data-section="uppdrag"]'))).toContain("1 öppen kommentar");
    expect(await text(page.getByTestId("section-outline").locator('li[data-section="mal"]'))).toContain("Tvist pågår");

    // The other party comments while this page shows the balance: the outline follows.
    const psApi = await actor(server, kommun, "ps.chef");
    ok(await psApi(COMMENT, { s: section.villkor, b: "Behövs ett villkor om personalkontinuitet?" }));
    await poll(() => marks(page, "villkor")).toEqual(["commented", "empty"]);

    // Following a section's link opens the text there, with focus on the section's heading.
    await page
      .getByTestId("section-outline")
      .getByRole("link", { name: /Mål och kvalitetskrav/ })
      .click();
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe("avsnitt-mal");
    expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(`/overenskommelser/${id}#avsnitt-mal`);
    expect(await partLink(page, "Text").getAttribute("aria-current")).toBe("page");
    const below = await page.evaluate(() => {
      const bar = document.querySelector(".workspace__bar")!.getBoundingClientRect();
      const heading = document.getElementById("avsnitt-mal")!.getBoundingClientRect();
      return heading.top >= bar.bottom - 1 && heading.bottom <= window.innerHeight;
    });
    expect(below).toBe(true);
    expect(
      await page
        .getByTestId("section-outline")
        .getByRole("link", { name: /Mål och kvalitetskrav/ })
        .getAttribute("aria-current"),
    ).toBe("location");
  });

  it("keeps the current step and what is missing in view while the text scrolls", async () => {
    const page = await openWorkspace((await draftInProgress()).id);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const inView = (selector: string) =>
      page.evaluate((s) => {
        const box = document.querySelector(s)!.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
      }, selector);
    await poll(() => page.evaluate(() => window.scrollY > 500)).toBe(true);
    expect(await inView('[data-testid="workspace-missing"]')).toBe(true);
    expect(await inView('[data-testid="section-outline"]')).toBe(true);
    expect(await text(page.getByTestId("workspace-step"))).toBe("1 Steg 1 av 4: Utkast");
    expect(await text(page.getByTestId("workspace-missing"))).toMatch(/saker saknas för nästa steg: .*balansen är varken överenskommen/);
    // The whole list is one press away, and Beslut has the details.
    await page
      .getByTestId("workspace-missing")
      .getByRole("button", { name: /Visa alla/ })
      .click();
    expect(await text(page.getByTestId("workspace-missing"))).toContain("avsnittet ”Ändringar och oenighet” är tomt");
    expect(await inView('[data-testid="workspace-missing"]')).toBe(true);
    await expectAccessible(page);
  });

  it("clips nothing at 1280 px: the balance table's actions are whole, each part passes the layout checks", async () => {
    const page = await openWorkspace((await draftInProgress()).id);
    await page.setViewportSize({ width: 1280, height: 900 });
    await openPart(page, "Balans");
    await page
      .getByTestId("balance-table")
      .getByRole("button", { name: /^Ändra raden Trygghetslarm/ })
      .waitFor();
    const table = await page
      .getByTestId("balance-panel")
      .locator(".table-wrap")
      .evaluate((wrap) => {
        const box = wrap.getBoundingClientRect();
        const cells = Array.from(wrap.querySelectorAll(".balance-table__actions"));
        return {
          scrolls: wrap.scrollWidth > wrap.clientWidth,
          cut: cells.filter(
            (c) => c.scrollWidth > c.clientWidth || Array.from(c.children).some((b) => b.getBoundingClientRect().right > box.right),
          ).length,
          cells: cells.length,
        };
      });
    expect(table).toEqual({ scrolls: false, cut: 0, cells: 3 });
    await expectAccessible(page);
    for (const part of ["Tvister", "Historik", "Beslut"] as const) {
      await openPart(page, part);
      await expectAccessible(page);
    }
  });

  it("keeps the header on one row at desktop widths whatever the role brings, with readable popups", async () => {
    // Anna Admin also drafts, records decisions and works the queue: every link the header has.
    const { users, organs, municipality } = kommun;
    for (const [role, organ] of [
      ["HANDLAGGARE", organs.VON.id],
      ["NAMNDSEKRETERARE", organs.VON.id],
      ["KOMMUNLEDNING", organs.KS.id],
    ])
      await asOwner(municipality.id, "INSERT INTO role_assignment (municipality_id, user_id, organ_id, role) VALUES ($1, $2, $3, $4)", [
        municipality.id,
        users.admin.id,
        organ,
        role,
      ]);
    // ...and has a long name.
    await asOwner(municipality.id, "UPDATE app_user SET name = $2 WHERE id = $1", [users.admin.id, "Anna-Karin Lindqvist Administratör"]);
    // The escalation makes a notification for kommunledning: the bell shows a count, its panel a list.
    const { disputeId } = await draftInProgress();
    const psApi = await actor(server, kommun, "ps.chef");
    ok(await psApi(ESCALATE, { id: disputeId }));

    const page = many.page;
    await signedIn(page, "admin");
    const nav = page.getByRole("navigation", { name: "Huvudmeny" });
    expect(await nav.getByRole("link").count()).toBe(6); // with the follow-up of the strategic agreements
    await page.getByTestId("notifications-count").waitFor();
    for (const width of [1024, 1280, 1440]) {
      await page.setViewportSize({ width, height: 800 });
      expect(await headerOnOneRow(page), `at ${width} px`).toBe(true);
    }

    // The popups of the dark header are white, with the page's colours (no white on white).
    await page.getByTestId("notifications-button").click();
    await page.getByRole("button", { name: "Markera alla som lästa" }).waitFor();
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    await page.keyboard.press("Escape");
    await openAccountMenu(page);
    await page.getByRole("link", { name: "Mitt konto" }).waitFor();
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    await page.keyboard.press("Escape");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("account-menu");

    // Kommunledning's view of the dispute: its facts in line, each handling button by its own field.
    await page.goto(`${server.url}/tvister/${disputeId}`);
    await page.getByTestId("dispute-leadership").waitFor();
    await expectAccessible(page);
  });

  it("tells someone without the role, once, that the escalation queue is not theirs", async () => {
    const page = chief.page;
    await signedIn(page, "von.chef");
    await page.goto(`${server.url}/eskalering`);
    await page.getByRole("heading", { level: 1, name: "Eskaleringskö" }).waitFor();
    await page.getByTestId("queue-not-allowed").waitFor();
    expect(await text(page.getByTestId("queue-not-allowed"))).toBe(
      "Eskaleringskön är till för kommunledningen. Din roll ger inte tillgång till den.",
    );
    expect(await page.getByRole("alert").count()).toBe(0);
    expect(await page.getByTestId("queue-empty").count()).toBe(0);
  });
});
