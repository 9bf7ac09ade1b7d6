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

/** axe finds no WCAG 2.1 AA violation on the page. */
export async function expectAccessible(page: Page): Promise<void> {
  expect(describeViolations(await axeViolations(page))).toEqual([]);
}
