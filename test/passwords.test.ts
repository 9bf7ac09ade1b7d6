import { createClient } from "graphql-ws";
import { describe, expect, it, onTestFinished } from "vitest";
import WebSocket from "ws";
import { RESET_ANSWER_MS } from "../server/identity/account.service.js";
import { RATE_LIMITS, type RateLimits } from "../server/pipeline/rate-limits.js";
import { createAgreement } from "./support/agreements.js";
import { seedMunicipality } from "./support/factories.js";
import { actor, errorCode, gql, ok, type GraphqlResult } from "./support/graphql.js";
import { asOwner } from "./support/owner.js";
import { CHANGE_PASSWORD, REQUEST_RESET, SET_PASSWORD, passwordLink, strongPassword, tryLogin } from "./support/passwords.js";
import { useTestServer, type TestServer } from "./support/server.js";

const ME = "{ me { id } }";
const LINK_UNUSABLE = "Länken har gått ut eller redan använts; be om en ny";

function expectRefused(result: GraphqlResult<unknown>, field: string, message?: string | RegExp) {
  expect(errorCode(result)).toBe("BAD_USER_INPUT");
  expect(result.errors![0].extensions!.field).toBe(field);
  if (message) expect(result.errors![0].message).toMatch(message);
}

/** A socket of a session, and the code it closed with. */
async function openSocket(server: TestServer, token: string) {
  let closedWith: (code: number) => void = () => {};
  const closed = new Promise<number>((resolve) => (closedWith = resolve));
  let connected: () => void = () => {};
  const ready = new Promise<void>((resolve) => (connected = resolve));
  const client = createClient({
    url: server.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    lazy: false,
    onNonLazyError: () => {},
    retryAttempts: 0,
    on: { connected: () => connected(), closed: (event) => closedWith((event as { code: number }).code) },
  });
  onTestFinished(() => client.dispose());
  await ready;
  return { closed };
}

const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`not within ${ms} ms`)), ms))]);

/** Addresses of TEST-NET-3, this file's own (the rate limit tests use others). */
let addresses = 0;
const freshAddress = () => `203.0.113.${++addresses}`;
const from = (server: TestServer, address: string, query: string, variables: Record<string, unknown>, token?: string) =>
  fetch(server.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": address, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  }).then((r) => r.json() as Promise<GraphqlResult<any>>);
const serverWith = (limits: Partial<RateLimits>) => useTestServer({ trustProxy: 1, rateLimits: { ...RATE_LIMITS, ...limits } });

describe("setting a password through a one-time link", () => {
  it("sets the password and signs in; the new password logs in, the old one no longer does", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const user = m.users["kun.chef"];
    const { token } = await passwordLink(m.municipality.id, user.id);
    const password = strongPassword();
    const response = await fetch(server.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: SET_PASSWORD, variables: { t: token, p: password } }),
    });
    const set = ok((await response.json()) as GraphqlResult<any>).setPassword;
    expect(set.user).toEqual({ id: user.id, email: m.email("kun.chef") });
    // Signed in at once: the answer's token works, and the browser got its session cookie.
    expect(ok(await gql(server, ME, {}, set.token)).me.id).toBe(user.id);
    expect(response.headers.getSetCookie().some((c) => c.startsWith("balans_session=") && /HttpOnly/.test(c))).toBe(true);

    expect(await tryLogin(server, m.email("kun.chef"), password)).toHaveProperty("token");
    expect(await tryLogin(server, m.email("kun.chef"), m.password)).toEqual({ code: "UNAUTHENTICATED" });
    const [row] = await asOwner(m.municipality.id, "SELECT used_at FROM password_token WHERE user_id = $1", [user.id]);
    expect(row.used_at).not.toBeNull();
  });

  it("works once: a second use, an expired link and an unknown one are refused alike, naming the token", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const { token } = await passwordLink(m.municipality.id, m.users["ps.chef"].id, "RESET");
    ok(await gql(server, SET_PASSWORD, { t: token, p: strongPassword() }));
    expectRefused(await gql(server, SET_PASSWORD, { t: token, p: strongPassword() }), "token", LINK_UNUSABLE);

    const expired = await passwordLink(m.municipality.id, m.users["von.chef"].id);
    await asOwner(m.municipality.id, "UPDATE password_token SET expires_at = now() - interval '1 minute' WHERE user_id = $1", [
      m.users["von.chef"].id,
    ]);
    expectRefused(await gql(server, SET_PASSWORD, { t: expired.token, p: strongPassword() }), "token", LINK_UNUSABLE);
    // The refused link changed nothing: the old password still works.
    expect(await tryLogin(server, m.email("von.chef"), m.password)).toHaveProperty("token");

    for (const unknown of ["A".repeat(43), "not-a-token", ""])
      expectRefused(await gql(server, SET_PASSWORD, { t: unknown, p: strongPassword() }), "token", LINK_UNUSABLE);
  });

  it("lets only one of two simultaneous uses through", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const { token } = await passwordLink(m.municipality.id, m.users.revisor.id);
    const [first, second] = [strongPassword(), strongPassword()];
    const results = await Promise.all([first, second].map((p) => gql(server, SET_PASSWORD, { t: token, p })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expectRefused(
      results.find((r) => r.errors)!,
      "token",
      LINK_UNUSABLE,
    );
    const winner = results[0].errors ? second : first;
    const loser = winner === first ? second : first;
    expect(await tryLogin(server, m.email("revisor"), winner)).toHaveProperty("token");
    expect(await tryLogin(server, m.email("revisor"), loser)).toEqual({ code: "UNAUTHENTICATED" });
  });

  it("refuses short and common passwords, case-insensitively, and the link still works after", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const { token } = await passwordLink(m.municipality.id, m.users["von.handlaggare"].id);
    expectRefused(await gql(server, SET_PASSWORD, { t: token, p: "kort" }), "password", /minst 12 tecken/);
    expectRefused(await gql(server, SET_PASSWORD, { t: token, p: "elva tecken" }), "password", /minst 12 tecken/);
    // On the shipped list of the 10,000 most common (lower-case there), and long enough.
    for (const common of ["1qaz2wsx3edc", "1QAZ2WSX3EDC", "Q1w2E3r4T5y6"])
      expectRefused(await gql(server, SET_PASSWORD, { t: token, p: common }), "password", /vanligaste/);
    ok(await gql(server, SET_PASSWORD, { t: token, p: "tolv tecken!" }));
  });

  it("limits the links that fail from one address", async () => {
    const server = await serverWith({ passwordLinkFailuresPerAddress: { points: 2, durationSeconds: 900 } });
    const m = await seedMunicipality();
    const address = freshAddress();
    for (let i = 0; i < 2; i++)
      expectRefused(await from(server, address, SET_PASSWORD, { t: "B".repeat(43), p: strongPassword() }), "token");
    const { token } = await passwordLink(m.municipality.id, m.users["ps.sekreterare"].id);
    expect(errorCode(await from(server, address, SET_PASSWORD, { t: token, p: strongPassword() }))).toBe("RATE_LIMITED");
    ok(await from(server, freshAddress(), SET_PASSWORD, { t: token, p: strongPassword() }));
  });

  it("refuses a deactivated user's link like any unusable one", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const { token } = await passwordLink(m.municipality.id, m.users["ps.handlaggare"].id);
    await asOwner(m.municipality.id, "UPDATE app_user SET active = false WHERE id = $1", [m.users["ps.handlaggare"].id]);
    expectRefused(await gql(server, SET_PASSWORD, { t: token, p: strongPassword() }), "token", LINK_UNUSABLE);
  });

  it("ends the user's other sessions and closes their sockets", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const before = (await tryLogin(server, m.email("kommunledning"), m.password)).token!;
    const socket = await openSocket(server, before);
    const { token } = await passwordLink(m.municipality.id, m.users.kommunledning.id, "RESET");
    const after = ok(await gql(server, SET_PASSWORD, { t: token, p: strongPassword() })).setPassword.token;
    expect(await within(socket.closed, 5_000)).toBe(4401);
    expect(errorCode(await gql(server, ME, {}, before))).toBe("UNAUTHENTICATED");
    expect(ok(await gql(server, ME, {}, after)).me.id).toBe(m.users.kommunledning.id);
  });
});

describe("changing one's password", () => {
  it("needs the current password, ends every other session and closes its socket, and keeps this one", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const email = m.email("von.chef");
    const [here, elsewhere] = [(await tryLogin(server, email, m.password)).token!, (await tryLogin(server, email, m.password)).token!];
    const socket = await openSocket(server, elsewhere);
    const password = strongPassword();

    expectRefused(await gql(server, CHANGE_PASSWORD, { c: "fel lösenord", n: password }, here), "currentPassword", /nuvarande/);
    expectRefused(await gql(server, CHANGE_PASSWORD, { c: m.password, n: "kort" }, here), "newPassword", /minst 12/);
    expectRefused(await gql(server, CHANGE_PASSWORD, { c: m.password, n: "Qwerty123456" }, here), "newPassword", /vanligaste/);
    // Nothing refused ended anything.
    expect(ok(await gql(server, ME, {}, elsewhere)).me.id).toBe(m.users["von.chef"].id);

    expect(ok(await gql(server, CHANGE_PASSWORD, { c: m.password, n: password }, here)).changePassword).toBe(true);
    expect(await within(socket.closed, 5_000)).toBe(4401);
    expect(errorCode(await gql(server, ME, {}, elsewhere))).toBe("UNAUTHENTICATED");
    expect(ok(await gql(server, ME, {}, here)).me.id).toBe(m.users["von.chef"].id);
    expect(await tryLogin(server, email, password)).toHaveProperty("token");
    expect(await tryLogin(server, email, m.password)).toEqual({ code: "UNAUTHENTICATED" });
    expect(errorCode(await gql(server, CHANGE_PASSWORD, { c: m.password, n: strongPassword() }))).toBe("UNAUTHENTICATED");
  });

  it("counts a wrong current password as a failed login, so it cannot be guessed through the form", async () => {
    const server = await serverWith({ loginFailuresPerAccountAndAddress: { points: 3, durationSeconds: 900 } });
    const m = await seedMunicipality();
    const address = freshAddress();
    const token = ok(
      await from(server, address, "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }", {
        e: m.email("ps.chef"),
        p: m.password,
      }),
    ).login.token;
    for (let i = 0; i < 3; i++)
      expectRefused(await from(server, address, CHANGE_PASSWORD, { c: `gissning ${i}`, n: strongPassword() }, token), "currentPassword");
    // The budget is spent: even the right password waits, in the form and at the login alike.
    const refused = await from(server, address, CHANGE_PASSWORD, { c: m.password, n: strongPassword() }, token);
    expect(errorCode(refused)).toBe("RATE_LIMITED");
    expect(refused.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
    const login = await from(server, address, "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }", {
      e: m.email("ps.chef"),
      p: m.password,
    });
    expect(errorCode(login)).toBe("RATE_LIMITED");
  });
});

describe("asking for a reset link", () => {
  // From addresses of their own: the fuzzing may have spent the loopback address's budget.
  it("answers true for a known and an unknown address alike, in about the same time", async () => {
    const server = await serverWith({});
    const m = await seedMunicipality();
    const timed = async (email: string) => {
      const started = performance.now();
      const answer = ok(await from(server, freshAddress(), REQUEST_RESET, { e: email })).requestPasswordReset;
      return { answer, ms: performance.now() - started };
    };
    // Taken in turns, three each, and compared at their fastest, as someone timing them would: what
    // differs then is the server's work, not a busy machine's (or the server's first request's) noise.
    const known: Array<{ answer: boolean; ms: number }> = [];
    const unknown: Array<{ answer: boolean; ms: number }> = [];
    for (let i = 0; i < 3; i++) {
      known.push(await timed(m.email("kun.chef")));
      unknown.push(await timed(`ingen.${m.slug}@example.org`));
    }
    expect([...known, ...unknown].map((t) => t.answer)).toEqual(Array(6).fill(true));
    for (const { ms } of [...known, ...unknown]) expect(ms).toBeGreaterThanOrEqual(RESET_ANSWER_MS - 5);
    const fastest = (times: Array<{ ms: number }>) => Math.min(...times.map((t) => t.ms));
    expect(Math.abs(fastest(known) - fastest(unknown))).toBeLessThan(150);
    expectRefused(await from(server, freshAddress(), REQUEST_RESET, { e: "  " }), "email");
  });

  it("makes no link without SMTP: it could reach no one, and would void a link the admin passed on", async () => {
    const server = await useTestServer({ smtpUrl: undefined, trustProxy: 1 });
    const m = await seedMunicipality();
    const invitation = await passwordLink(m.municipality.id, m.users["von.sekreterare"].id);
    expect(ok(await from(server, freshAddress(), REQUEST_RESET, { e: m.email("von.sekreterare") })).requestPasswordReset).toBe(true);
    const links = await asOwner(m.municipality.id, "SELECT purpose FROM password_token WHERE user_id = $1", [
      m.users["von.sekreterare"].id,
    ]);
    expect(links).toEqual([{ purpose: "INVITATION" }]);
    expect(await asOwner(m.municipality.id, "SELECT id FROM mail_outbox")).toEqual([]);
    ok(await gql(server, SET_PASSWORD, { t: invitation.token, p: strongPassword() }));
  });

  it("is rate limited per address, whatever the addresses asked for", async () => {
    const server = await serverWith({ passwordResetsPerAddress: { points: 3, durationSeconds: 3600 } });
    const m = await seedMunicipality();
    const address = freshAddress();
    const emails = [m.email("von.chef"), `x1.${m.slug}@example.org`, `x2.${m.slug}@example.org`, m.email("ps.chef")];
    const answers = [];
    for (const e of emails) answers.push(await from(server, address, REQUEST_RESET, { e }));
    expect(answers.slice(0, 3).map((a) => ok(a).requestPasswordReset)).toEqual([true, true, true]);
    expect(errorCode(answers[3])).toBe("RATE_LIMITED");
    expect(ok(await from(server, freshAddress(), REQUEST_RESET, { e: m.email("ps.chef") })).requestPasswordReset).toBe(true);
  });

  it("is rate limited per e-mail address, known or not, from any address", async () => {
    const server = await serverWith({ passwordResetsPerAccount: { points: 2, durationSeconds: 3600 } });
    const m = await seedMunicipality();
    for (const email of [m.email("kun.chef"), `okand.${m.slug}@example.org`]) {
      for (let i = 0; i < 2; i++)
        expect(ok(await from(server, freshAddress(), REQUEST_RESET, { e: email })).requestPasswordReset).toBe(true);
      // In other letter case, from a third address: the same account.
      expect(errorCode(await from(server, freshAddress(), REQUEST_RESET, { e: email.toUpperCase() }))).toBe("RATE_LIMITED");
    }
  });
});

describe("one's own e-mail preference and language", () => {
  const UPDATE = "mutation($input: PreferencesInput!) { updateMyPreferences(input: $input) { id emailPreference language } }";

  it("are set by the user and shown to the user alone", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    expect(ok(await vonChef("{ me { emailPreference language } }")).me).toEqual({ emailPreference: "IMMEDIATE", language: "SV" });
    const updated = ok(await vonChef(UPDATE, { input: { emailPreference: "DAILY", language: "EN" } })).updateMyPreferences;
    expect(updated).toEqual({ id: m.users["von.chef"].id, emailPreference: "DAILY", language: "EN" });
    expect(ok(await vonChef("{ me { emailPreference language } }")).me).toEqual({ emailPreference: "DAILY", language: "EN" });
    const [row] = await asOwner(m.municipality.id, "SELECT language, last_digest_at FROM app_user WHERE id = $1", [m.users["von.chef"].id]);
    expect(row.language).toBe("en");
    // The digest's day starts with the choice: what was mailed at once before is not mailed again.
    expect(row.last_digest_at).not.toBeNull();

    // Another user who sees von.chef (the agreement's events name their actor) sees no preference.
    const { id } = await createAgreement(vonChef, m);
    const psChef = await actor(server, m, "ps.chef");
    const events = ok(await psChef("query($id: ID!) { agreement(id: $id) { events { actor { id emailPreference language } } } }", { id }))
      .agreement.events;
    expect(events[0].actor).toEqual({ id: m.users["von.chef"].id, emailPreference: null, language: null });

    expect(errorCode(await gql(server, UPDATE, { input: { emailPreference: "NONE", language: "SV" } }))).toBe("UNAUTHENTICATED");
    expect(errorCode(await vonChef(UPDATE, { input: { emailPreference: "WEEKLY", language: "SV" } }))).toBe("BAD_USER_INPUT");
  });
});
