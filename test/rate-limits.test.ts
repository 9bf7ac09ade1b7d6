import { createClient, type Client } from "graphql-ws";
import { describe, expect, it, onTestFinished } from "vitest";
import WebSocket from "ws";
import type { IncomingMessage } from "node:http";
import { loadConfig } from "../server/config.js";
import { clientAddress, trustedProxies } from "../server/http/client-address.js";
import { addressKey } from "../server/pipeline/rate-limiter.js";
import { RATE_LIMITS, type RateLimits } from "../server/pipeline/rate-limits.js";
import { createAgreement } from "./support/agreements.js";
import { textUpdate } from "./support/approval.js";
import { seedMunicipality, type TestMunicipality } from "./support/factories.js";
import { actor, errorCode, login, ok, type GraphqlResult } from "./support/graphql.js";
import { asOwner } from "./support/owner.js";
import { useTestServer, type TestServer } from "./support/server.js";
import type { DemoWho } from "../server/seed/municipality-seed.js";

const LOGIN = "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }";
const PUBLIC = "query($k: String!) { publicAgreements(kommun: $k) { id } }";
const MUNICIPALITY = "query($k: String!) { publicMunicipality(kommun: $k) { name } }";

/** A server that believes one proxy's X-Forwarded-For, so a test can speak from any address. */
const serverWith = (limits: Partial<RateLimits>) => useTestServer({ trustProxy: 1, rateLimits: { ...RATE_LIMITS, ...limits } });

/**
 * An address of its own for each caller (documentation ranges, IPv4 and IPv6 by turns); only this
 * file speaks through X-Forwarded-For, and each run has a fresh database, so none was counted before.
 */
let addresses = 0;
const freshAddress = () => (++addresses % 2 ? `198.51.100.${addresses}` : `2001:db8:${addresses.toString(16)}::7`);

async function post<T = Record<string, any>>(server: TestServer, from: string, query: string, variables = {}, token?: string) {
  const response = await fetch(server.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": from, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphqlResult<T>;
}

const loginFrom = (server: TestServer, from: string, m: TestMunicipality, who: DemoWho, password: string) =>
  post<{ login: { token: string } }>(server, from, LOGIN, { e: m.email(who), p: password });

/** The codes of many answers, counted: `{ UNAUTHENTICATED: 5, RATE_LIMITED: 15 }`. */
function tally(results: GraphqlResult<unknown>[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of results) {
    const code = r.errors?.[0]?.extensions?.code ?? "OK";
    counts[code] = (counts[code] ?? 0) + 1;
  }
  return counts;
}

function expectRateLimited(result: GraphqlResult<unknown>) {
  expect(errorCode(result)).toBe("RATE_LIMITED");
  expect(result.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
}

/** A graphql-ws client whose upgrade request carries X-Forwarded-For: `from`. */
function wsClientFrom(server: TestServer, from: string, token?: string): Client {
  class ForwardedWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { "x-forwarded-for": from } });
    }
  }
  const client = createClient({
    url: server.wsUrl,
    webSocketImpl: ForwardedWebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
  });
  onTestFinished(() => client.dispose());
  return client;
}

/** One operation over graphql-ws: its first result, or the errors it was refused with. */
function overWs(client: Client, query: string, variables: Record<string, unknown> = {}): Promise<GraphqlResult<any>> {
  return new Promise((resolve) => {
    const stop = client.subscribe(
      { query, variables },
      {
        next: (result) => {
          resolve(result as GraphqlResult<any>);
          stop();
        },
        error: (errors) => resolve({ errors: errors as GraphqlResult<unknown>["errors"] }),
        complete: () => {},
      },
    );
  });
}

describe("login limits", () => {
  it("signs in, also many at once, on a server with a single database connection: the throttle never waits for one while holding one", async () => {
    const server = await useTestServer({}, { poolSize: 1 });
    const m = await seedMunicipality();
    const everyone: DemoWho[] = ["von.chef", "ps.chef", "kommunledning", "revisor", "admin"];
    await within(Promise.all(everyone.map((who) => login(server, m, who))), 10_000, "five logins at once");
    const vonChef = await actor(server, m, "von.chef");
    await within(createAgreement(vonChef, m), 10_000, "a mutation after them");
  });

  it("lets no more wrong passwords be verified than the limit, however many are sent at once", async () => {
    const server = await serverWith({ loginFailuresPerAccountAndAddress: { points: 5, durationSeconds: 900 } });
    const m = await seedMunicipality();
    const from = freshAddress();
    const results = await Promise.all(Array.from({ length: 20 }, () => loginFrom(server, from, m, "ps.chef", "fel")));
    expect(tally(results)).toEqual({ UNAUTHENTICATED: 5, RATE_LIMITED: 15 });
    for (const refused of results.filter((r) => errorCode(r) === "RATE_LIMITED")) expectRateLimited(refused);
    // Even the right password waits, from this address.
    expectRateLimited(await loginFrom(server, from, m, "ps.chef", m.password));
  });

  it("limits failures from one address across accounts", async () => {
    const server = await serverWith({ loginFailuresPerAddress: { points: 4, durationSeconds: 3600 } });
    const m = await seedMunicipality();
    const from = freshAddress();
    for (const who of ["von.chef", "kun.chef", "ps.chef", "revisor"] as const)
      expect(errorCode(await loginFrom(server, from, m, who, "fel"))).toBe("UNAUTHENTICATED");
    expectRateLimited(await loginFrom(server, from, m, "admin", "fel"));
    expectRateLimited(await loginFrom(server, from, m, "kommunledning", m.password));
    // The same account from another address is not affected.
    expect(ok(await loginFrom(server, freshAddress(), m, "kommunledning", m.password)).login.token).toBeTruthy();
  });

  it("does not let a stranger on one address lock the owner out", async () => {
    const server = await serverWith({
      loginFailuresPerAccountAndAddress: { points: 3, durationSeconds: 900 },
      loginFailuresPerAccount: { points: 10, durationSeconds: 3600 },
    });
    const m = await seedMunicipality();
    const stranger = freshAddress();
    const hammering = await Promise.all(Array.from({ length: 30 }, () => loginFrom(server, stranger, m, "ps.chef", "gissning")));
    expect(tally(hammering)).toEqual({ UNAUTHENTICATED: 3, RATE_LIMITED: 27 });
    // The refused attempts did not count towards the account's ceiling of 10: the owner gets in.
    const owner = freshAddress();
    expect(errorCode(await loginFrom(server, owner, m, "ps.chef", "stavfel"))).toBe("UNAUTHENTICATED");
    expect(ok(await loginFrom(server, owner, m, "ps.chef", m.password)).login.token).toBeTruthy();
    expectRateLimited(await loginFrom(server, stranger, m, "ps.chef", m.password));
  });

  it("holds the account's ceiling against guesses spread over many addresses", async () => {
    const server = await serverWith({
      loginFailuresPerAccountAndAddress: { points: 3, durationSeconds: 900 },
      loginFailuresPerAccount: { points: 10, durationSeconds: 3600 },
    });
    const m = await seedMunicipality();
    for (let i = 0; i < 5; i++) {
      const from = freshAddress();
      await Promise.all(Array.from({ length: 3 }, () => loginFrom(server, from, m, "von.chef", "gissning")));
    }
    expectRateLimited(await loginFrom(server, freshAddress(), m, "von.chef", m.password));
    expect(ok(await loginFrom(server, freshAddress(), m, "ps.chef", m.password)).login.token).toBeTruthy();
  });

  it("counts alike on every server process of the database", async () => {
    const limits = { loginFailuresPerAccountAndAddress: { points: 4, durationSeconds: 900 } };
    const [one, two] = [await serverWith(limits), await serverWith(limits)];
    const m = await seedMunicipality();
    const from = freshAddress();
    const results = await Promise.all(Array.from({ length: 16 }, (_, i) => loginFrom(i % 2 ? one : two, from, m, "von.chef", "fel")));
    expect(tally(results)).toEqual({ UNAUTHENTICATED: 4, RATE_LIMITED: 12 });
    for (const server of [one, two]) expectRateLimited(await loginFrom(server, from, m, "von.chef", m.password));
  });
});

describe("mutation limits", () => {
  it("refuses a user's mutations beyond the budget and its burst, over HTTP and WebSocket, and writes nothing for them", async () => {
    const server = await serverWith({
      mutationsPerUser: { points: 5, durationSeconds: 60 },
      mutationBurstPerUser: { points: 3, durationSeconds: 600 },
    });
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const psChef = await actor(server, m, "ps.chef");
    const { id } = await createAgreement(vonChef, m); // one of von.chef's 8
    const sectionId = ok(await vonChef("query($id: ID!) { agreement(id: $id) { sections { id } } }", { id })).agreement.sections[0].id;
    const ADD = "mutation($s: ID!, $b: String!) { addComment(sectionId: $s, body: $b) { id } }";
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => vonChef(ADD, { s: sectionId, b: `Kommentar ${i}` })));
    expect(tally(results)).toEqual({ OK: 7, RATE_LIMITED: 5 });
    for (const refused of results.filter((r) => r.errors)) expectRateLimited(refused);
    expectRateLimited(await overWs(wsClientFrom(server, freshAddress(), vonChef.token), ADD, { s: sectionId, b: "Över WebSocket" }));
    const comments = await asOwner(m.municipality.id, "SELECT count(*)::int AS n FROM comment WHERE section_id = $1", [sectionId]);
    expect(comments).toEqual([{ n: 7 }]);
    // Reads are not mutations, and another user has a budget of their own.
    ok(await vonChef("query($id: ID!) { agreement(id: $id) { id } }", { id }));
    ok(await psChef(ADD, { s: sectionId, b: "Från producenten" }));
  });

  it("gives co-editing pushes a budget of their own", async () => {
    const server = await serverWith({ coeditingPerUser: { points: 3, durationSeconds: 60 } });
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const { id } = await createAgreement(vonChef, m);
    const sectionId = ok(await vonChef("query($id: ID!) { agreement(id: $id) { sections { id } } }", { id })).agreement.sections[0].id;
    const PUSH = "mutation($s: ID!, $u: String!) { pushSectionUpdate(sectionId: $s, update: $u) { seq } }";
    for (let i = 0; i < 3; i++) ok(await vonChef(PUSH, { s: sectionId, u: textUpdate(`Text ${i}`) }));
    expectRateLimited(await vonChef(PUSH, { s: sectionId, u: textUpdate("En för mycket") }));
    // Pushes do not spend the mutation budget, nor the other way round.
    ok(await vonChef('mutation($s: ID!) { addComment(sectionId: $s, body: "Ändå") { id } }', { s: sectionId }));
  });
});

describe("subscription limits", () => {
  it("limits the subscriptions started on one socket; other operations and a new socket are not affected", async () => {
    const server = await serverWith({ subscriptionStartsPerSocket: { points: 3, durationSeconds: 60 } });
    const m = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const socket = wsClientFrom(server, freshAddress(), vonChef.token);
    for (let i = 0; i < 3; i++) ok(await overWs(socket, "subscription { notificationsChanged }"));
    expectRateLimited(await overWs(socket, "subscription { notificationsChanged }"));
    ok(await overWs(socket, "{ me { id } }"));
    ok(await overWs(wsClientFrom(server, freshAddress(), vonChef.token), "subscription { notificationsChanged }"));
  });
});

describe("public read limits", () => {
  it("limits anonymous public reads per address, over GraphQL (HTTP and WebSocket) and the downloads", async () => {
    const server = await serverWith({ publicReadsPerAddress: { points: 4, durationSeconds: 60 } });
    const m = await seedMunicipality();
    const from = freshAddress();
    ok(await post(server, from, PUBLIC, { k: m.slug }));
    ok(await post(server, from, MUNICIPALITY, { k: m.slug }));
    const csv = () => fetch(`${server.url}/api/public/${m.slug}/agreements.csv`, { headers: { "x-forwarded-for": from } });
    expect((await csv()).status).toBe(200);
    ok(await overWs(wsClientFrom(server, from), PUBLIC, { k: m.slug }));

    expectRateLimited(await post(server, from, PUBLIC, { k: m.slug }));
    expectRateLimited(await overWs(wsClientFrom(server, from), MUNICIPALITY, { k: m.slug }));
    const refused = await csv();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: { code: "RATE_LIMITED" } });
    const pdf = await fetch(`${server.url}/api/agreements/00000000-0000-4000-8000-000000000000/versions/1.pdf`, {
      headers: { "x-forwarded-for": from },
    });
    expect(pdf.status).toBe(429);

    // Another address, and a caller who logged in, are not affected.
    ok(await post(server, freshAddress(), PUBLIC, { k: m.slug }));
    const token = ok(await loginFrom(server, from, m, "revisor", m.password)).login.token;
    ok(await post(server, from, PUBLIC, { k: m.slug }, token));
  });
});

describe("the caller's address", () => {
  const config = (trust?: string) =>
    loadConfig({
      BALANS_DATA_DIR: "/tmp/balans-test-unused",
      BALANS_TOKEN_SECRET: "x",
      ...(trust === undefined ? {} : { BALANS_TRUST_PROXY: trust }),
    }).trustProxy;

  it("believes X-Forwarded-For only when BALANS_TRUST_PROXY names the proxies, never every hop", () => {
    expect(config()).toBe(false);
    expect(config("0")).toBe(false);
    expect(config("1")).toBe(1);
    expect(config("loopback, 10.0.0.0/8")).toEqual(["loopback", "10.0.0.0/8"]);
    expect(() => config("true")).toThrow(/BALANS_TRUST_PROXY/);
    expect(() => config("no-such-address")).toThrow();
  });

  it("ignores X-Forwarded-For by default, and behind proxies takes the address the nearest untrusted hop gave", () => {
    const request = (forwarded: string) =>
      ({ headers: { "x-forwarded-for": forwarded }, socket: { remoteAddress: "127.0.0.1" } }) as unknown as IncomingMessage;
    // A client's own X-Forwarded-For (left-most) is never believed: it could choose its budget.
    const forged = request("198.51.100.1, 203.0.113.9");
    expect(clientAddress(forged, trustedProxies(false))).toBe("127.0.0.1");
    expect(clientAddress(forged, trustedProxies(1))).toBe("203.0.113.9");
    expect(clientAddress(forged, trustedProxies(["loopback"]))).toBe("203.0.113.9");
    expect(clientAddress(forged, trustedProxies(["loopback", "203.0.113.0/24"]))).toBe("198.51.100.1");
  });

  it("counts an IPv6 caller by its /64 and an IPv4-mapped one as IPv4", () => {
    expect(addressKey("2001:db8:1:2:3:4:5:6")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8:1:2::9")).toBe(addressKey("2001:db8:1:2:ffff::1"));
    expect(addressKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
    expect(addressKey("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(addressKey("::ffff:192.0.2.7")).toBe("192.0.2.7");
    expect(addressKey("192.0.2.7")).toBe("192.0.2.7");
  });
});

/** `promise`, or a failure naming `what` after `ms`: a deadlock fails the test at once, not at its timeout. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
