import { describe, expect, it } from "vitest";
import { seedMunicipality } from "./support/factories.js";
import { actor, errorCode } from "./support/graphql.js";
import { useTestServer } from "./support/server.js";
import { collect, wsClient } from "./support/ws.js";

describe("errors and safety", () => {
  it("in production: no introspection, no stack traces, internal errors masked", async () => {
    const server = await useTestServer({ production: true });
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const introspection = await vonChef("{ __schema { types { name } } }");
    expect(errorCode(introspection)).toBe("BAD_USER_INPUT");
    const broken = await vonChef('{ agreement(id: "00000000-0000-4000-8000-000000000000") { id } }');
    expect(errorCode(broken)).toBe("NOT_FOUND");
    expect(JSON.stringify(broken)).not.toMatch(/stack|at .*\.ts|SELECT|postgres/i);
  });

  it("refuses queries deeper than the limit, over HTTP and over WebSocket alike", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const nested = (depth: number) => "a { ".repeat(depth) + "b" + " }".repeat(depth);
    const http = await vonChef(`{ ${nested(13)} }`);
    expect(http.errors!.map((e) => e.message)).toContain("Syntax Error: Query depth limit of 12 exceeded, found 14.");
    const ws = collect(wsClient(server, vonChef.token), `subscription { ${nested(13)} }`, {}, "a");
    await expect(ws.waitFor(() => false, 5000)).rejects.toThrow(/depth limit of 12 exceeded/);
  });

  it("applies Apollo's CSRF prevention to simple GET requests", async () => {
    const server = await useTestServer();
    const response = await fetch(`${server.graphqlUrl}?query=${encodeURIComponent("{ organs { id } }")}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });

  it("masks errors over WebSocket too", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const sub = collect(
      wsClient(server, vonChef.token),
      'subscription { agreementEvents(agreementId: "x") { seq } }',
      {},
      "agreementEvents",
    );
    await expect(sub.waitFor(() => false, 5000)).rejects.toThrow(/NOT_FOUND/);
    expect(JSON.stringify(sub.errors)).not.toMatch(/stack|\.ts:/);
  });
});
