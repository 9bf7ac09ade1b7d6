import { createClient, type Client } from "graphql-ws";
import { decodeJwt } from "jose";
import { describe, expect, it, onTestFinished } from "vitest";
import WebSocket from "ws";
import { endSessions } from "../server/identity/sessions.store.js";
import { SUBMIT, readyDraft } from "./support/approval.js";
import { seedMunicipality, type TestMunicipality } from "./support/factories.js";
import { errorCode, gql, ok, type GraphqlResult } from "./support/graphql.js";
import { useTestServer, type TestServer } from "./support/server.js";

const LOGIN = "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id } } }";
const ME = "{ me { id } }";
const LOGOUT = "mutation { logout }";

/** Logs in over HTTP as a browser would; the answer's token, and the session cookie it was given. */
async function browserLogin(server: TestServer, m: TestMunicipality, who: "von.chef" | "ps.chef", headers: Record<string, string> = {}) {
  const response = await fetch(server.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query: LOGIN, variables: { e: m.email(who), p: m.password } }),
  });
  const body = (await response.json()) as GraphqlResult<{ login: { token: string } }>;
  const setCookie = response.headers.getSetCookie().find((c) => c.startsWith("balans_session="));
  expect(setCookie, "login sets the session cookie").toBeDefined();
  return { token: ok(body).login.token, setCookie: setCookie!, cookie: setCookie!.split(";")[0] };
}

/** A GraphQL request as raw HTTP, with whatever headers the case needs (no bearer token). */
async function post(server: TestServer, query: string, headers: Record<string, string>, method = "POST") {
  const url = method === "GET" ? `${server.graphqlUrl}?query=${encodeURIComponent(query)}` : server.graphqlUrl;
  const response = await fetch(url, { method, headers, body: method === "GET" ? undefined : JSON.stringify({ query }) });
  return { status: response.status, setCookie: response.headers.getSetCookie(), body: await response.text() };
}

/** A connected graphql-ws client (bearer token, or cookie with an Origin) and how its socket closed. */
async function openSocket(server: TestServer, auth: { token?: string; cookie?: string; origin?: string }) {
  const headers = { ...(auth.cookie ? { cookie: auth.cookie } : {}), ...(auth.origin ? { origin: auth.origin } : {}) };
  class BrowserLikeSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  let closedWith: (code: number) => void = () => {};
  const closed = new Promise<number>((resolve) => (closedWith = resolve));
  let connected: () => void = () => {};
  const ready = new Promise<void>((resolve) => (connected = resolve));
  const client = createClient({
    url: server.wsUrl,
    webSocketImpl: BrowserLikeSocket,
    connectionParams: auth.token ? { authorization: `Bearer ${auth.token}` } : {},
    lazy: false,
    onNonLazyError: () => {}, // the closes are what the tests look at
    retryAttempts: 0,
    on: { connected: () => connected(), closed: (event) => closedWith((event as { code: number }).code) },
  });
  onTestFinished(() => client.dispose());
  await ready;
  return { client, closed, me: () => queryOver(client, ME) };
}

function queryOver(client: Client, query: string): Promise<GraphqlResult<any>> {
  return new Promise((resolve, reject) => {
    let result: GraphqlResult<any> = {};
    client.subscribe({ query }, { next: (r) => (result = r as GraphqlResult<any>), error: reject, complete: () => resolve(result) });
  });
}

const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`not within ${ms} ms`)), ms))]);

describe("server-side sessions", () => {
  it("login sets an HttpOnly SameSite=Strict cookie on path /, Secure only over HTTPS (a trusted proxy's word)", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const plain = await browserLogin(server, m, "von.chef");
    expect(plain.setCookie).toMatch(/; HttpOnly/);
    expect(plain.setCookie).toMatch(/; SameSite=Strict/);
    expect(plain.setCookie).toMatch(/; Path=\/(;|$)/);
    expect(plain.setCookie).toMatch(/; Max-Age=28800/);
    expect(plain.setCookie).not.toMatch(/Secure/);
    // The cookie holds the same login as the answer's token, for other systems.
    expect(plain.cookie).toBe(`balans_session=${plain.token}`);
    expect(decodeJwt(plain.token).sid).toEqual(expect.stringMatching(/^[0-9a-f-]{36}$/));

    // A forwarded https counts only where the proxy is trusted.
    expect((await browserLogin(server, m, "von.chef", { "x-forwarded-proto": "https" })).setCookie).not.toMatch(/Secure/);
    server.app.set("trust proxy", 1);
    expect((await browserLogin(server, m, "von.chef", { "x-forwarded-proto": "https" })).setCookie).toMatch(/; Secure/);
  });

  it("authenticates a request by the cookie alone, GraphQL and the PDF download", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const { cookie } = await browserLogin(server, m, "von.chef");
    const me = await post(server, ME, { "content-type": "application/json", cookie });
    expect(JSON.parse(me.body)).toEqual({ data: { me: { id: m.users["von.chef"].id } } });

    const { id, vonChef } = await readyDraft(server, m);
    ok(await vonChef(SUBMIT, { id })); // version 1, frozen but not signed: not public
    const pdfUrl = `${server.url}/api/agreements/${id}/versions/1.pdf`;
    expect((await fetch(pdfUrl)).status).toBe(401);
    const pdf = await fetch(pdfUrl, { headers: { cookie } });
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
  });

  it("refuses the cookie on a request another site could forge: simple content type, GET, no preflight header", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const { cookie } = await browserLogin(server, m, "von.chef");
    // Apollo's csrfPrevention stops these before any resolver runs (a 400 naming CSRF); it must stay on.
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"]) {
      const forged = await post(server, LOGOUT, { "content-type": type, cookie });
      expect(forged.status, type).toBe(400);
      expect(forged.body).toMatch(/Cross-Site Request Forgery/);
    }
    expect((await post(server, ME, { cookie }, "GET")).body).toMatch(/Cross-Site Request Forgery/);
    // A GET with the preflight header passes Apollo, but the cookie counts only on a POST.
    expect(errorCode(JSON.parse((await post(server, ME, { cookie, "apollo-require-preflight": "1" }, "GET")).body))).toBe(
      "UNAUTHENTICATED",
    );
    // The same cookie on a guarded POST still works: nothing above ended the session.
    expect(JSON.parse((await post(server, ME, { "content-type": "application/json", cookie })).body).data.me).toBeTruthy();
  });

  it("logout ends that session at once, and only that one; the cookie is cleared", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const first = await browserLogin(server, m, "von.chef");
    const second = await browserLogin(server, m, "von.chef");
    const out = await post(server, LOGOUT, { "content-type": "application/json", authorization: `Bearer ${first.token}` });
    expect(JSON.parse(out.body)).toEqual({ data: { logout: true } });
    expect(out.setCookie.some((c) => /^balans_session=;/.test(c) && /Expires=Thu, 01 Jan 1970/.test(c))).toBe(true);

    const refused = await gql(server, ME, {}, first.token);
    expect(errorCode(refused)).toBe("UNAUTHENTICATED");
    expect(refused.errors![0].message).toBe("Du har loggats ut; logga in igen");
    expect(errorCode(JSON.parse((await post(server, ME, { "content-type": "application/json", cookie: first.cookie })).body))).toBe(
      "UNAUTHENTICATED",
    );
    expect(errorCode(await gql(server, LOGOUT, {}, first.token))).toBe("UNAUTHENTICATED");
    expect(ok(await gql(server, ME, {}, second.token)).me.id).toBe(m.users["von.chef"].id);
  });

  it("closes that session's open sockets within seconds, on every server process, and no other session's", async () => {
    const [one, two] = [await useTestServer(), await useTestServer()];
    const m = await seedMunicipality();
    const ending = await browserLogin(one, m, "von.chef");
    const staying = await browserLogin(one, m, "von.chef");
    const onOne = await openSocket(one, { cookie: ending.cookie, origin: one.url });
    const onTwo = await openSocket(two, { token: ending.token });
    const other = await openSocket(two, { token: staying.token });
    for (const socket of [onOne, onTwo, other]) expect(ok(await socket.me()).me.id).toBe(m.users["von.chef"].id);

    ok(await gql(one, LOGOUT, {}, ending.token));
    expect(await within(onOne.closed, 5_000)).toBe(4401);
    expect(await within(onTwo.closed, 5_000)).toBe(4401);
    expect(ok(await other.me()).me.id).toBe(m.users["von.chef"].id);
  });

  it("endSessions ends all of a user's sessions but the one kept, and their sockets (for password change and deactivation)", async () => {
    const [one, two] = [await useTestServer(), await useTestServer()];
    const m = await seedMunicipality();
    const [kept, ended] = [await browserLogin(one, m, "ps.chef"), await browserLogin(one, m, "ps.chef")];
    const socket = await openSocket(two, { token: ended.token });
    const keptSocket = await openSocket(two, { token: kept.token });
    const count = await one.services.db.inMunicipality(m.municipality.id, (tx) =>
      endSessions(tx, m.users["ps.chef"].id, { except: decodeJwt(kept.token).sid as string }),
    );
    expect(count).toBe(1);
    expect(await within(socket.closed, 5_000)).toBe(4401);
    expect(errorCode(await gql(one, ME, {}, ended.token))).toBe("UNAUTHENTICATED");
    expect(ok(await gql(two, ME, {}, kept.token)).me).toBeTruthy();
    expect(ok(await keptSocket.me()).me).toBeTruthy();
  });

  it("refuses an expired session, and closes its socket when it runs out", async () => {
    const server = await useTestServer({ tokenTtlSeconds: 3 });
    const m = await seedMunicipality();
    const { token } = await browserLogin(server, m, "von.chef");
    const socket = await openSocket(server, { token });
    expect(ok(await socket.me()).me).toBeTruthy();
    expect(await within(socket.closed, 8_000)).toBe(4401);

    // A token whose own `exp` is still ahead is refused once its session row has expired.
    const long = await useTestServer();
    const live = await browserLogin(long, m, "von.chef");
    await long.services.db.inMunicipality(m.municipality.id, (tx) =>
      tx.em.query("UPDATE session SET expires_at = now() - interval '1 second' WHERE id = $1", [decodeJwt(live.token).sid]),
    );
    const refused = await gql(long, ME, {}, live.token);
    expect(errorCode(refused)).toBe("UNAUTHENTICATED");
    expect(refused.errors![0].message).toBe("Inloggningen har gått ut; logga in igen");
  });

  it("refuses a WebSocket upgrade carrying the cookie from a foreign Origin, or from none", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const { cookie } = await browserLogin(server, m, "von.chef");
    const upgrade = (headers: Record<string, string>) =>
      new Promise<number>((resolve) => {
        const socket = new WebSocket(server.wsUrl, "graphql-transport-ws", { headers });
        socket.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
        socket.on("open", () => {
          socket.close();
          resolve(101);
        });
        socket.on("error", () => {});
      });
    expect(await upgrade({ cookie, origin: "https://evil.example" })).toBe(403);
    expect(await upgrade({ cookie, origin: server.url.replace("localhost", "127.0.0.1") })).toBe(403);
    expect(await upgrade({ cookie })).toBe(403);
    expect(await upgrade({ cookie, origin: server.url })).toBe(101);
    expect(await upgrade({ origin: "https://evil.example" })).toBe(101); // no cookie: nothing to hijack
    const same = await openSocket(server, { cookie, origin: server.url });
    expect(ok(await same.me()).me.id).toBe(m.users["von.chef"].id);
  });
});
