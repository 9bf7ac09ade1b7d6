import { afterAll, afterEach, beforeAll, expect } from "vitest";
import type { Page } from "playwright-core";
import { seedMunicipality, type TestMunicipality } from "../../support/factories.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { axeViolations, describeViolations, launchBrowser, type TestBrowser } from "./browser.js";

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

/** axe finds no WCAG 2.1 AA violation on the page, and the page reflows to 320 CSS pixels. */
export async function expectAccessible(page: Page): Promise<void> {
  expect(describeViolations(await axeViolations(page))).toEqual([]);
  expect(await overflowAt320(page)).toEqual([]);
}

/**
 * WCAG 1.4.10 (reflow), which axe does not check: at 320 CSS pixels wide nothing may make the page
 * scroll sideways; a data table may scroll inside its own box. Names what sticks out, if anything.
 */
async function overflowAt320(page: Page): Promise<string[]> {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 320, height: viewport?.height ?? 800 });
  try {
    return await page.evaluate(async () => {
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
  } finally {
    if (viewport) await page.setViewportSize(viewport);
  }
}
