import { SignJWT, decodeJwt } from "jose";
import { describe, expect, it } from "vitest";
import { Tokens } from "../server/identity/tokens.js";
import { seedMunicipality } from "./support/factories.js";
import { actor, errorCode, gql, login, ok } from "./support/graphql.js";
import { TEST_TOKEN_SECRET, useTestServer } from "./support/server.js";

const LOGIN =
  "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id email roles { role organ { shortName } } } } }";
const ME = "{ me { id name email municipality { slug } roles { role organ { shortName kind } } } }";

describe("identity", () => {
  it("logs in a demo user and tells who they are", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const result = ok(await gql(server, LOGIN, { e: m.email("von.chef"), p: m.password }));
    expect(result.login.user.roles).toEqual([{ role: "FORVALTNINGSCHEF", organ: { shortName: "VON" } }]);
    const me = ok(await gql(server, ME, {}, result.login.token)).me;
    expect(me).toMatchObject({ email: m.email("von.chef"), municipality: { slug: m.slug } });
  });

  it("answers a wrong password and an unknown email alike", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const wrong = await gql(server, LOGIN, { e: m.email("von.chef"), p: "fel" });
    const unknown = await gql(server, LOGIN, { e: `nobody@${m.slug}.balans.se`, p: "fel" });
    expect(errorCode(wrong)).toBe("UNAUTHENTICATED");
    expect(unknown.errors).toEqual(wrong.errors);
  });

  it("refuses an expired token and a forged one, and a request without a token", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    // A live session, so that only the token's own fault can refuse it.
    const sessionId = decodeJwt(await login(server, m, "von.chef")).sid as string;
    const user = { userId: m.users["von.chef"].id, municipalityId: m.municipality.id, sessionId };
    const expired = await new Tokens(TEST_TOKEN_SECRET, 3600).issue(user, -10);
    const forged = await new Tokens("another-secret", 3600).issue(user);
    const expiredResult = await gql(server, ME, {}, expired);
    expect(errorCode(expiredResult)).toBe("UNAUTHENTICATED");
    expect(expiredResult.errors![0].message).toMatch(/gått ut/);
    expect(errorCode(await gql(server, ME, {}, forged))).toBe("UNAUTHENTICATED");
    expect(errorCode(await gql(server, ME))).toBe("UNAUTHENTICATED");
  });

  it("refuses a correctly signed token that never expires, whose subject is no id, or that names no session of its user", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const key = new TextEncoder().encode(TEST_TOKEN_SECRET);
    const sign = (claims: { sub: string; mun: string; sid?: string }, expires: boolean) => {
      const jwt = new SignJWT({ mun: claims.mun, sid: claims.sid })
        .setProtectedHeader({ alg: "HS256" })
        .setSubject(claims.sub)
        .setIssuer("balans")
        .setIssuedAt();
      return (expires ? jwt.setExpirationTime("1h") : jwt).sign(key);
    };
    const valid = { sub: m.users["von.chef"].id, mun: m.municipality.id, sid: decodeJwt(await login(server, m, "von.chef")).sid as string };
    expect(errorCode(await gql(server, ME, {}, await sign(valid, false)))).toBe("UNAUTHENTICATED");
    expect(errorCode(await gql(server, ME, {}, await sign({ ...valid, sub: "not-a-uuid' OR 1=1" }, true)))).toBe("UNAUTHENTICATED");
    expect(errorCode(await gql(server, ME, {}, await sign({ ...valid, mun: "x" }, true)))).toBe("UNAUTHENTICATED");
    // Without a session it could not be revoked; with another user's session it is not theirs.
    expect(errorCode(await gql(server, ME, {}, await sign({ ...valid, sid: undefined }, true)))).toBe("UNAUTHENTICATED");
    const otherSid = decodeJwt(await login(server, m, "ps.chef")).sid as string;
    expect(errorCode(await gql(server, ME, {}, await sign({ ...valid, sid: otherSid }, true)))).toBe("UNAUTHENTICATED");
    expect(ok(await gql(server, ME, {}, await sign(valid, true))).me).toBeTruthy();
  });

  it("rate-limits repeated failed logins for one email, counted alike by every server on the database", async () => {
    const [one, two] = [await useTestServer(), await useTestServer()];
    const m = await seedMunicipality();
    for (let i = 0; i < 10; i++) {
      const server = i % 2 === 0 ? one : two;
      expect(errorCode(await gql(server, LOGIN, { e: m.email("ps.chef"), p: "fel" }))).toBe("UNAUTHENTICATED");
    }
    for (const server of [one, two]) {
      const limited = await gql(server, LOGIN, { e: ` ${m.email("ps.chef").toUpperCase()}`, p: m.password });
      expect(errorCode(limited)).toBe("RATE_LIMITED");
      expect(limited.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(250);
    }
    await login(one, m, "von.chef"); // another email is not affected
  });

  it("forgets the failures once a login succeeds", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    for (let i = 0; i < 9; i++) expect(errorCode(await gql(server, LOGIN, { e: m.email("ps.chef"), p: "fel" }))).toBe("UNAUTHENTICATED");
    await login(server, m, "ps.chef");
    for (let i = 0; i < 9; i++) expect(errorCode(await gql(server, LOGIN, { e: m.email("ps.chef"), p: "fel" }))).toBe("UNAUTHENTICATED");
    await login(server, m, "ps.chef");
  });

  it("lists only the caller's own municipality's organs", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const other = await seedMunicipality();
    const vonChef = await actor(server, m, "von.chef");
    const organs = ok(await vonChef("{ organs { id shortName kind } }")).organs as Array<{ id: string }>;
    expect(organs.map((o) => o.id).sort()).toEqual(
      Object.values(m.organs)
        .map((o) => o.id)
        .sort(),
    );
    expect(organs.some((o) => Object.values(other.organs).some((x) => x.id === o.id))).toBe(false);
  });
});
