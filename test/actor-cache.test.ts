import { describe, expect, it, vi } from "vitest";
import { DEACTIVATE_USER, SET_ROLES } from "./support/administration.js";
import { startChildServer } from "./support/child-server.js";
import { seedMunicipality } from "./support/factories.js";
import { actor, errorCode, gql, ok } from "./support/graphql.js";
import { asOwner } from "./support/owner.js";
import { useTestServer } from "./support/server.js";

const ME = "{ me { id } }";
const USERS = "{ users { id } }";
const SELF = "{ me { id name email language emailPreference } }";
const PREFERENCES = "mutation($input: PreferencesInput!) { updateMyPreferences(input: $input) { id } }";

/**
 * A change's signal reaches the other process's LISTEN connection at the commit, as the process that
 * made it answers; on a loaded machine a moment later. Assertions on the other process wait that long.
 */
const soon = { timeout: 2000, interval: 20 };
const eventually = (assertion: () => Promise<void>) => vi.waitFor(assertion, soon);

/** Two server processes on one database: A (in this process) and B (a child process), each with its own actor cache. */
async function twoProcesses() {
  const a = await useTestServer();
  const b = await startChildServer();
  const m = await seedMunicipality();
  return { a, b, m };
}

describe("actor cache: one transaction per request, and never a stale caller on any process", () => {
  it("a request whose caller is cached opens exactly one transaction: its own, and `me` none", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const chief = await actor(server, m, "von.chef");
    ok(await chief(ME)); // the first request reads the caller, and keeps it
    const opened = vi.spyOn(server.appDataSource, "createQueryRunner");
    expect(ok(await chief(SELF)).me).toMatchObject({ id: m.users["von.chef"].id, email: m.users["von.chef"].email, language: "SV" });
    expect(opened).toHaveBeenCalledTimes(0);
    ok(await chief("{ organs { id } }"));
    expect(opened).toHaveBeenCalledTimes(1);
  });

  it("a change of the user on A, by a command or behind the servers' backs: `me` on B answers it at once", async () => {
    const { a, b, m } = await twoProcesses();
    const onA = await actor(a, m, "von.handlaggare");
    const id = m.users["von.handlaggare"].id;
    const onB = (query: string) => gql(b, query, {}, onA.token);
    expect(ok(await onB(SELF)).me).toMatchObject({ language: "SV", emailPreference: "IMMEDIATE" });
    ok(await onA(PREFERENCES, { input: { emailPreference: "DAILY", language: "EN" } }));
    await vi.waitFor(async () => expect(ok(await onB(SELF)).me).toMatchObject({ language: "EN", emailPreference: "DAILY" }), soon);
    await asOwner(m.municipality.id, "UPDATE app_user SET name = 'Omdöpt Handläggare', email = 'omdopt@example.se' WHERE id = $1", [id]);
    // The owner's commit reaches both processes' LISTEN connections as it reaches this test.
    await vi.waitFor(
      async () => expect(ok(await onB(SELF)).me).toMatchObject({ name: "Omdöpt Handläggare", email: "omdopt@example.se" }),
      soon,
    );
    await vi.waitFor(
      async () => expect(ok(await onA(SELF)).me).toMatchObject({ name: "Omdöpt Handläggare", email: "omdopt@example.se" }),
      soon,
    );
    // Roles changed behind the servers' backs: no command signalled it, the database did.
    const auditor = await actor(a, m, "revisor");
    ok(await gql(b, USERS, {}, auditor.token));
    await asOwner(m.municipality.id, "DELETE FROM role_assignment WHERE user_id = $1", [m.users.revisor.id]);
    await vi.waitFor(async () => expect(errorCode(await gql(b, USERS, {}, auditor.token))).toBe("FORBIDDEN"), soon);
    await b.stop();
  });

  it("on the process that made a change, the caller's next request sees it, however late the bus delivers", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    // Every NOTIFY reaches this process a second late: only the commit itself can have told the cache.
    const bus = server.services.bus as unknown as { dispatch(payload: string | undefined): void };
    const dispatch = bus.dispatch.bind(bus);
    bus.dispatch = (payload) => void setTimeout(() => dispatch(payload), 1000);
    const chief = await actor(server, m, "von.chef");
    const admin = await actor(server, m, "admin");
    const auditor = await actor(server, m, "revisor");
    for (const caller of [chief, auditor]) ok(await caller(SELF)); // both now cached
    ok(await chief(PREFERENCES, { input: { emailPreference: "DAILY", language: "EN" } }));
    expect(ok(await chief(SELF)).me).toMatchObject({ language: "EN", emailPreference: "DAILY" });
    ok(await gql(server, USERS, {}, auditor.token));
    ok(await admin(SET_ROLES, { id: m.users.revisor.id, roles: [] }));
    expect(errorCode(await gql(server, USERS, {}, auditor.token))).toBe("FORBIDDEN");
    ok(await chief("mutation { logout }"));
    expect(errorCode(await chief(ME))).toBe("UNAUTHENTICATED");
  });

  it("logout on A: the next request with that token on B is refused", async () => {
    const { a, b, m } = await twoProcesses();
    const onA = await actor(a, m, "von.chef");
    ok(await gql(b, ME, {}, onA.token)); // B now holds the caller
    ok(await gql(b, ME, {}, onA.token));
    ok(await onA("mutation { logout }"));
    expect(errorCode(await onA(ME))).toBe("UNAUTHENTICATED");
    await eventually(async () => expect(errorCode(await gql(b, ME, {}, onA.token))).toBe("UNAUTHENTICATED"));
    await b.stop();
  });

  it("a role change on A: B applies the new roles on the next request", async () => {
    const { a, b, m } = await twoProcesses();
    const admin = await actor(a, m, "admin");
    const auditor = await actor(a, m, "revisor");
    ok(await gql(b, USERS, {}, auditor.token)); // a REVISOR may list the users; B keeps that caller
    ok(await admin(SET_ROLES, { id: m.users.revisor.id, roles: [{ role: "HANDLAGGARE", organId: m.organs.PS.id }] }));
    await eventually(async () => expect(errorCode(await gql(b, USERS, {}, auditor.token))).toBe("FORBIDDEN"));
    ok(await admin(SET_ROLES, { id: m.users.revisor.id, roles: [{ role: "REVISOR", organId: m.organs.KS.id }] }));
    await eventually(async () => void ok(await gql(b, USERS, {}, auditor.token)));
    await b.stop();
  });

  it("deactivation on A: the user's next request on B is refused", async () => {
    const { a, b, m } = await twoProcesses();
    const admin = await actor(a, m, "admin");
    const chief = await actor(a, m, "ps.chef");
    ok(await gql(b, ME, {}, chief.token));
    ok(await chief(ME));
    ok(await admin(DEACTIVATE_USER, { id: m.users["ps.chef"].id }));
    expect(errorCode(await chief(ME))).toBe("UNAUTHENTICATED");
    await eventually(async () => expect(errorCode(await gql(b, ME, {}, chief.token))).toBe("UNAUTHENTICATED"));
    await b.stop();
  });

  it("a password change on A ends the user's other sessions on B, and keeps the one it was made in", async () => {
    const { a, b, m } = await twoProcesses();
    const kept = await actor(a, m, "von.handlaggare");
    const other = await actor(b, m, "von.handlaggare");
    ok(await other(ME));
    ok(await gql(b, ME, {}, kept.token));
    ok(await kept('mutation { changePassword(currentPassword: "demo", newPassword: "ett helt annat lösenord 42") }'));
    await eventually(async () => expect(errorCode(await other(ME))).toBe("UNAUTHENTICATED"));
    ok(await gql(b, ME, {}, kept.token));
    await b.stop();
  });
});
