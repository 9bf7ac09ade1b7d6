import { afterAll, afterEach, beforeAll, expect } from "vitest";
import type { Page } from "playwright-core";
import { seedMunicipality, type TestMunicipality } from "../../support/factories.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { axeViolations, describeViolations, launchBrowser, type TestBrowser } from "./browser.js";
import { layoutProblems, screenshot, WIDTHS } from "./layout.js";

export interface Scenario {
  server: TestServer;
  kommun: TestMunicipality;
  browsers: TestBrowser[];
}

/**
 * For a describe block: a real server, a fresh municipality and `count` browsers, handed to `ready`
 * once started. An uncaught error on any page fails the test it happened in; all is closed at the end.
 */
export function useScenario(count: number, ready: (scenario: Scenario) => void): void {
  let scenario: Scenario | undefined;
  beforeAll(async () => {
    const [server, kommun, ...browsers] = await Promise.all([
      startTestServer(),
      seedMunicipality(),
      ...Array.from({ length: count }, () => launchBrowser()),
    ]);
    scenario = { server, kommun, browsers } as Scenario;
    ready(scenario);
  });
  afterEach(() => {
    expect(scenario?.browsers.flatMap((b) => b.pageErrors) ?? []).toEqual([]);
  });
  afterAll(async () => {
    await Promise.all(scenario?.browsers.map((b) => b.close()) ?? []);
    await scenario?.server.close();
  });
}

/**
 * axe finds no WCAG 2.1 AA violation on the page; at 1280, 768 and 320 CSS pixels nothing is clipped
 * and no description list is misaligned (layout.ts), and at 320 the page reflows. A screenshot at
 * each width is kept for review.
 */
export async function expectAccessible(page: Page): Promise<void> {
  expect(describeViolations(await axeViolations(page))).toEqual([]);
  const viewport = page.viewportSize();
  try {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: viewport?.height ?? 800 });
      expect(await layoutProblems(page), `at ${width} px`).toEqual([]);
      if (width === 320) expect(await overflowAt320(page)).toEqual([]);
      await screenshot(page, width);
    }
  } finally {
    if (viewport) await page.setViewportSize(viewport);
  }
}

/**
 * WCAG 1.4.10 (reflow), which axe does not check: at 320 CSS pixels wide nothing may make the page
 * scroll sideways; a data table may scroll inside its own box. Names what sticks out, if anything.
 */
async function overflowAt320(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const limit = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= limit) return [];
    const culprits = Array.from(document.querySelectorAll("body *"))
      .filter((e) => e.getBoundingClientRect().right > limit && !e.closest(".table-wrap"))
      .slice(0, 5)
      .map(
        (e) => `${e.tagName.toLowerCase()}.${Array.from(e.classList).join(".")} reaches ${e.getBoundingClientRect().right.toFixed(1)}px`,
      );
    return culprits.length > 0 ? culprits : [`the page is ${document.documentElement.scrollWidth}px wide`];
  });
}
