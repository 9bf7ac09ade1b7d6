import { describe, expect, it } from "vitest";
import type { WebSocketRoute } from "playwright-core";
import { createAgreement } from "../support/agreements.js";
import type { TestMunicipality } from "../support/factories.js";
import { actor, ok } from "../support/graphql.js";
import type { TestServer } from "../support/server.js";
import { login, type TestBrowser } from "./support/browser.js";
import { expectAccessible, useScenario } from "./support/scenario.js";

const UPDATE =
  "mutation($id: ID!, $v: Int!, $title: String!) { updateAgreement(id: $id, expectedVersion: $v, input: { title: $title }) { version } }";

describe("a dropped live connection", () => {
  let server: TestServer;
  let kommun: TestMunicipality;
  let provider: TestBrowser; // ps.chef

  useScenario(1, (scenario) => {
    ({ server, kommun } = scenario);
    [provider] = scenario.browsers;
  });

  it("is announced while it is down, and what changed meanwhile shows once it is back, without reload", async () => {
    const vonChef = await actor(server, kommun, "von.chef");
    const created = await createAgreement(vonChef, kommun, { title: "Hemtjänst 2027" });
    const page = provider.page;

    // The page's socket to /graphql goes through here: passed on, or refused while "the server is down".
    let down = false;
    const sockets: WebSocketRoute[] = [];
    await page.routeWebSocket(/\/graphql$/, (ws) => {
      if (down) return void ws.close({ code: 1012, reason: "Service restart" });
      ws.connectToServer();
      sockets.push(ws);
    });
    await login(page, server.url, kommun.email("ps.chef"), kommun.password);
    await page.goto(`${server.url}/overenskommelser/${created.id}/historik`);
    await page.getByRole("heading", { level: 1, name: "Hemtjänst 2027" }).waitFor();
    await expect.poll(() => page.getByTestId("timeline").getAttribute("aria-live")).toBe("polite");
    const status = page.getByTestId("connection-status");
    expect(await status.innerText()).toBe("");
    await page.evaluate(() => {
      (window as unknown as { balansNoReload?: boolean }).balansNoReload = true;
    });

    down = true;
    for (const ws of sockets) await ws.close({ code: 1012, reason: "Service restart" });
    await status.getByText("Anslutningen till servern bröts. Försöker ansluta igen…", { exact: false }).waitFor();
    await expectAccessible(page);

    // The other party changes the title while this page cannot hear of it.
    ok(await vonChef(UPDATE, { id: created.id, v: created.version, title: "Hemtjänst i hela kommunen 2027" }));
    down = false;
    await page.getByRole("heading", { level: 1, name: "Hemtjänst i hela kommunen 2027" }).waitFor();
    await expect.poll(() => status.innerText()).toBe("");
    await expect.poll(() => page.getByTestId("timeline").locator("li").first().innerText()).toContain("Hemtjänst i hela kommunen 2027");
    expect(await page.evaluate(() => (window as unknown as { balansNoReload?: boolean }).balansNoReload)).toBe(true);
  });
});
