import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse, specifiedRules, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { createSchema } from "../server/graphql/build-schema.js";
import { LIMITS, validationRules } from "../server/graphql/limits.js";
import WebSocket from "ws";
import { WS_LIMITS } from "../server/http/ws-limits.js";
import { seedMunicipality } from "./support/factories.js";
import { createAgreement } from "./support/agreements.js";
import { actor, errorCode, gql } from "./support/graphql.js";
import { useTestServer } from "./support/server.js";
import { collect, wsClient } from "./support/ws.js";

/** Fragments that each spread the next one twice: 2^24 paths in 1.5 KB. */
function fragmentBomb(levels = 24): string {
  let document = "query { agreements { ...F0 } }\n";
  for (let i = 0; i < levels; i++) document += `fragment F${i} on Agreement { id ...F${i + 1} ...F${i + 1} }\n`;
  return document + `fragment F${levels} on Agreement { title }\n`;
}

function clientOperations(): string {
  const root = "client/features";
  const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".graphql"));
  return files.map((f) => readFileSync(join(root, f), "utf8")).join("\n");
}

describe("operation limits (the same over HTTP and WebSocket, before any resolver)", () => {
  it("refuses the exponential fragment pattern at once, anonymously, over both transports", async () => {
    const server = await useTestServer();
    const bomb = fragmentBomb();
    const started = performance.now();
    const overHttp = await gql(server, bomb);
    // A guard against exponential validation (the old walker took minutes), not a performance target.
    expect(performance.now() - started).toBeLessThan(2000);
    expect(overHttp.errors?.[0].message).toMatch(/limit of \d+ exceeded/);

    const overWs = await new Promise<unknown[]>((resolve) => {
      const errors: unknown[] = [];
      wsClient(server).subscribe(
        { query: bomb },
        { next: () => {}, error: (e) => resolve([...errors, e]), complete: () => resolve(errors) },
      );
    });
    expect(JSON.stringify(overWs)).toMatch(/limit of \d+ exceeded/);
  });

  it("refuses too many aliases and too deep selections", async () => {
    const server = await useTestServer();
    const aliases = `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: agreements { id }`).join(" ")} }`;
    expect((await gql(server, aliases)).errors?.[0].message).toMatch(/[Aa]liases limit/);
  });

  it("lets every operation the client sends through", async () => {
    const schema = await createSchema();
    const document = parse(clientOperations(), { maxTokens: LIMITS.maxTokens * 20 });
    for (const definition of document.definitions.filter((d) => d.kind === "OperationDefinition")) {
      const single = { ...document, definitions: [definition, ...document.definitions.filter((d) => d.kind === "FragmentDefinition")] };
      const errors = validate(schema, single, [
        ...specifiedRules.filter((r) => r.name !== "NoUnusedFragmentsRule"),
        ...validationRules(true),
      ]);
      expect(
        errors.map((e) => e.message),
        (definition as { name?: { value: string } }).name?.value,
      ).toEqual([]);
    }
  });
});

describe("WebSocket limits", () => {
  it("bounds a message's size, the subscriptions of a socket and the sockets of a user", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");

    // An anonymous socket may not send 100 MiB: the server closes it (1009, message too big).
    const raw = new WebSocket(server.wsUrl, "graphql-transport-ws");
    await new Promise((resolve) => raw.once("open", resolve));
    const closed = new Promise<number>((resolve) => raw.once("close", (code) => resolve(code)));
    raw.send(Buffer.alloc(4 * 1024 * 1024, 32));
    expect(await closed).toBe(1009);

    const client = wsClient(server, vonChef.token);
    const open = Array.from({ length: WS_LIMITS.subscriptionsPerSocket }, () =>
      collect(client, "subscription { notificationsChanged }", {}, "notificationsChanged"),
    );
    await Promise.all(open.map((s) => s.waitFor((values) => values.length > 0)));
    const refused = collect(client, "subscription { notificationsChanged }", {}, "notificationsChanged");
    await expect(refused.waitFor(() => false, 5000)).rejects.toThrow(/prenumerationer/);

    // The socket above counts too.
    const sockets = Array.from({ length: WS_LIMITS.socketsPerUser - 1 }, () => wsClient(server, vonChef.token));
    await Promise.all(
      sockets.map((s) => collect(s, "subscription { notificationsChanged }", {}, "notificationsChanged").waitFor((v) => v.length > 0)),
    );
    const extra = new WebSocket(server.wsUrl, "graphql-transport-ws");
    await new Promise((resolve) => extra.once("open", resolve));
    const refusedSocket = new Promise<number>((resolve) => extra.once("close", (code) => resolve(code)));
    extra.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${vonChef.token}` } }));
    expect(await refusedSocket).toBe(4403);
  });
});

describe("refusals of the HTTP layer", () => {
  it("answers a too large or malformed body with a JSON GraphQL error, never HTML", async () => {
    const server = await useTestServer();
    const post = (body: string) => fetch(server.graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body });
    const large = await post(JSON.stringify({ query: `{ __typename } # ${"x".repeat(3 * 1024 * 1024)}` }));
    expect(large.status).toBe(413);
    expect(await large.json()).toMatchObject({ errors: [{ extensions: { code: "BAD_USER_INPUT" } }] });
    const malformed = await post("{ not json");
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ errors: [{ extensions: { code: "BAD_USER_INPUT" } }] });
  });
});

describe("security headers", () => {
  it("sends a strict Content-Security-Policy without inline script, no framing, nosniff and a referrer policy", async () => {
    const server = await useTestServer();
    const response = await fetch(`${server.url}/healthz`);
    const csp = response.headers.get("content-security-policy")!;
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("referrer-policy")).toBe("same-origin");
  });
});

describe("error messages", () => {
  it("suggest no field names to a caller who guesses", async () => {
    const server = await useTestServer();
    const result = await gql(server, "{ agreementz { id } }");
    expect(result.errors?.[0].message).toMatch(/Cannot query field/);
    expect(JSON.stringify(result)).not.toMatch(/Did you mean/);
  });
});

describe("lists are capped", () => {
  it("pages the agreements and the event log, within their caps", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await createAgreement(vonChef, m, { title: `Avtal ${i}` })).id);
    const page = async (first: number, offset: number) =>
      (await vonChef("query($f: Int, $o: Int) { agreements(first: $f, offset: $o) { id } }", { f: first, o: offset })).data?.agreements.map(
        (a: { id: string }) => a.id,
      );
    expect(await page(2, 0)).toEqual([ids[2], ids[1]]);
    expect(await page(2, 2)).toEqual([ids[0]]);
    expect(errorCode(await vonChef("{ agreements(first: 100000) { id } }"))).toBe("BAD_USER_INPUT");
    expect(errorCode(await vonChef("query($id: ID!) { agreement(id: $id) { events(first: 0) { seq } } }", { id: ids[0] }))).toBe(
      "BAD_USER_INPUT",
    );
  });
});

describe("health", () => {
  it("is live at /healthz and ready at /readyz while the database and the bus answer", async () => {
    const server = await useTestServer();
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, database: true, bus: true });
  });
});
