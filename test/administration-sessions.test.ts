import { createClient } from "graphql-ws";
import { describe, expect, it, onTestFinished } from "vitest";
import WebSocket from "ws";
import { DEACTIVATE_USER, SET_ROLES, createUser, loggedInAs } from "./support/administration.js";
import { seedMunicipality, type TestMunicipality } from "./support/factories.js";
import { actor, errorCode, ok, type GraphqlResult } from "./support/graphql.js";
import { asOwner } from "./support/owner.js";
import { useTestServer, type TestServer } from "./support/server.js";

const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`not within ${ms} ms`)), ms))]);

/** A connected graphql-ws client that reconnects when told to; records every close and every connect. */
async function socket(server: TestServer, token: string, retry = false) {
  const closes: number[] = [];
  let connects = 0;
  let onClose: (code: number) => void = () => {};
  let onConnect: () => void = () => {};
  const client = createClient({
    url: server.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    lazy: false,
    onNonLazyError: () => {},
    retryAttempts: retry ? 3 : 0,
    retryWait: () => new Promise((resolve) => setTimeout(resolve, 50)),
    on: {
      connected: () => {
        connects++;
        onConnect();
      },
      closed: (event) => {
        closes.push((event as { code: number }).code);
        onClose((event as { code: number }).code);
      },
    },
  });
  onTestFinished(() => client.dispose());
  await new Promise<void>((resolve) => (onConnect = resolve));
  return {
    client,
    closes,
    connects: () => connects,
    nextClose: () => new Promise<number>((resolve) => (onClose = resolve)),
    nextConnect: () => new Promise<void>((resolve) => (onConnect = resolve)),
    query: (query: string) =>
      new Promise<GraphqlResult<any>>((resolve, reject) => {
        let result: GraphqlResult<any> = {};
        client.subscribe({ query }, { next: (r) => (result = r as GraphqlResult<any>), error: reject, complete: () => resolve(result) });
      }),
  };
}

async function activeAdmins(m: TestMunicipality): Promise<string[]> {
  const rows = await asOwner<{ id: string }>(
    m.municipality.id,
    "SELECT DISTINCT u.id FROM app_user u JOIN role_assignment r ON r.user_id = u.id WHERE u.active AND r.role = 'ADMIN'",
  );
  return rows.map((r) => r.id);
}

describe("deactivation and role changes reach open connections; the last administrator stays", () => {
  it("deactivating a user closes their open WebSocket with 4401 within seconds", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const admin = await actor(server, m, "admin");
    const { user } = await createUser(admin, m);
    const caller = await loggedInAs(server, m, user);
    const ws = await socket(server, caller.token);
    expect(ok(await ws.query("{ me { id } }")).me.id).toBe(user.id);
    const closed = ws.nextClose();
    ok(await admin(DEACTIVATE_USER, { id: user.id }));
    expect(await within(closed, 5000)).toBe(4401);
    expect(errorCode(await caller("{ me { id } }"))).toBe("UNAUTHENTICATED");
  });

  it("changing a user's roles makes their sockets reconnect (1012) with the new roles", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const admin = await actor(server, m, "admin");
    const revisor = await actor(server, m, "revisor");
    const ws = await socket(server, revisor.token, true);
    expect(ok(await ws.query("{ users { id } }")).users.length).toBeGreaterThan(0);
    const closed = ws.nextClose();
    const reconnected = ws.nextConnect();
    ok(await admin(SET_ROLES, { id: m.users.revisor.id, roles: [{ role: "HANDLAGGARE", organId: m.organs.VON.id }] }));
    expect(await within(closed, 5000)).toBe(1012);
    await within(reconnected, 5000);
    expect(errorCode(await ws.query("{ users { id } }"))).toBe("FORBIDDEN");
  });

  it("refuses to deactivate oneself, or to deactivate or strip the last active ADMIN (INVALID_STATE); another admin may", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const admin = await actor(server, m, "admin");
    const self = await admin(DEACTIVATE_USER, { id: m.users.admin.id });
    expect(errorCode(self)).toBe("INVALID_STATE");
    const stripped = await admin(SET_ROLES, { id: m.users.admin.id, roles: [{ role: "REVISOR", organId: m.organs.KS.id }] });
    expect(errorCode(stripped)).toBe("INVALID_STATE");
    expect(stripped.errors![0].message).toMatch(/minst en aktiv administratör/);

    const { user } = await createUser(admin, m, { roles: [{ role: "ADMIN", organId: m.organs.KF.id }] });
    const second = await loggedInAs(server, m, user);
    // Now there are two: the second may take the first's role, and then the first may not take the second's.
    ok(await second(SET_ROLES, { id: m.users.admin.id, roles: [{ role: "REVISOR", organId: m.organs.KS.id }] }));
    const revisorNow = await actor(server, m, "admin");
    expect(errorCode(await revisorNow(DEACTIVATE_USER, { id: user.id }))).toBe("FORBIDDEN");
    expect(errorCode(await second(SET_ROLES, { id: user.id, roles: [] }))).toBe("INVALID_STATE");
    expect(await activeAdmins(m)).toEqual([user.id]);
  });

  it("two administrators deactivating each other at once leave exactly one", async () => {
    const server = await useTestServer();
    for (let round = 0; round < 3; round++) {
      const m = await seedMunicipality();
      const first = await actor(server, m, "admin");
      const { user } = await createUser(first, m, { roles: [{ role: "ADMIN", organId: m.organs.KS.id }] });
      const second = await loggedInAs(server, m, user);
      const results = await Promise.all([first(DEACTIVATE_USER, { id: user.id }), second(DEACTIVATE_USER, { id: m.users.admin.id })]);
      const outcomes = results.map((r) => r.errors?.[0]?.extensions?.code ?? "OK").sort();
      // The loser is refused by the count (INVALID_STATE), or already logged out by the winner (UNAUTHENTICATED).
      expect(
        outcomes.filter((o) => o === "OK"),
        JSON.stringify(outcomes),
      ).toHaveLength(1);
      expect(["INVALID_STATE", "UNAUTHENTICATED"]).toContain(outcomes.find((o) => o !== "OK"));
      expect(await activeAdmins(m)).toHaveLength(1);
    }
  });
});
