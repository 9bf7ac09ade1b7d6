import { describe, expect, it } from "vitest";
import { FlowCookie, FLOW_COOKIE } from "../server/sso/flow-cookie.js";
import { seedMunicipality } from "./support/factories.js";
import { gql, ok } from "./support/graphql.js";
import { asOwner } from "./support/owner.js";
import { TEST_TOKEN_SECRET } from "./support/server.js";
import { CookieJar, MAPPINGS, atProvider, configureSso, finishSignIn, refusal, signInAs, startSignIn, useSsoWorld } from "./support/sso.js";

const ME = "{ me { email roles { role organ { shortName } } } }";
const me = async (w: { server: { graphqlUrl: string } }, session: string) => ok(await gql(w.server, ME, {}, session)).me;
const subjectOf = async (municipalityId: string, email: string) =>
  (await asOwner(municipalityId, "SELECT oidc_subject AS s FROM app_user WHERE email = $1", [email]))[0]?.s ?? null;

/**
 * Single sign-on end to end against a real OpenID provider on loopback (oidc-provider): discovery,
 * the authorization code flow with PKCE, the ID token checked by openid-client, and what Balans makes
 * of the identity.
 */
describe("single sign-on with OpenID Connect", () => {
  it("signs in a user matched by their verified e-mail, links the sub, and later finds them by the sub alone", async () => {
    const w = await useSsoWorld();
    const m = await seedMunicipality();
    await configureSso(w, m);
    w.provider.accounts.set("anna-sub", { email: m.email("von.chef").toUpperCase(), email_verified: true, name: "Anna" });

    const first = await signInAs(w, m.slug, "anna-sub");
    expect(first.location.pathname).toBe("/login/sso");
    expect(first.location.searchParams.get("redirect")).toBe("/");
    expect(await me(w, first.session!)).toEqual({
      email: m.email("von.chef"),
      roles: [{ role: "FORVALTNINGSCHEF", organ: { shortName: "VON" } }],
    });
    expect(await subjectOf(m.municipality.id, m.email("von.chef"))).toBe("anna-sub");

    // The address changed at the provider (and is someone else's in Balans): the sub still names Anna.
    w.provider.accounts.set("anna-sub", { email: "anna@elsewhere.example", email_verified: true });
    const second = await signInAs(w, m.slug, "anna-sub");
    expect((await me(w, second.session!)).email).toBe(m.email("von.chef"));
  });

  it("does not match an unverified e-mail, and refuses with a clear reason", async () => {
    const w = await useSsoWorld();
    const m = await seedMunicipality();
    await configureSso(w, m);
    w.provider.accounts.set("mallory", { email: m.email("admin"), email_verified: false });
    const result = await signInAs(w, m.slug, "mallory");
    expect(refusal(result)).toBe("no-account");
    expect(result.location.searchParams.get("kommun")).toBe(m.slug);
    expect(result.session).toBeUndefined();
    expect(await subjectOf(m.municipality.id, m.email("admin"))).toBeNull();
  });

  it("does not let a new identity with the same address take over a user linked to another sub", async () => {
    const w = await useSsoWorld();
    const m = await seedMunicipality();
    await configureSso(w, m);
    w.provider.accounts.set("first", { email: m.email("revisor"), email_verified: true });
    expect((await signInAs(w, m.slug, "first")).session).toBeDefined();
    w.provider.accounts.set("second", { email: m.email("revisor"), email_verified: true });
    expect(refusal(await signInAs(w, m.slug, "second"))).toBe("linked-elsewhere");
  });

  it("refuses an answer whose state is not the one the browser started with", async () => {
    const w = await useSsoWorld();
    const m = await seedMunicipality();
    await configureSso(w, m);
    w.provider.accounts.set("anna", { email: m.email("von.chef"), email_verified: true });

    // The state in the answer changed.
    const jar = new CookieJar();
    const callback = new URL(await atProvider(jar, await startSignIn(w, jar, m.slug), "anna"));
    callback.searchParams.set("state", "forged");
    const forged = await finishSignIn(w, jar, callback.href);
    expect(refusal(forged)).toBe("invalid");
    expect(forged.session).toBeUndefined();

    // A genuine answer, but to another browser's start (login CSRF): its cookie expects another state.
    const victim = new CookieJar();
    await startSignIn(w, victim, m.slug);
    const attacker = new CookieJar();
    const attackersCallback = await atProvider(attacker, await startSignIn(w, attacker, m.slug), "anna");
    const crossed = await finishSignIn(w, victim, attackersCallback);
    expect(refusal(crossed)).toBe("invalid");
    expect(crossed.session).toBeUndefined();
  });

  it("refuses an ID token whose nonce is not the one the sign-in started with", async () => {
    const w = await useSsoWorld();
    const m = await seedMunicipality();
    await configureSso(w, m);
    w.provider.accounts.set("anna", { email: m.email("von.chef"), email_verified: true });
    const jar = new CookieJar();
    const callback = await atProvider(jar, await startSignIn(w, jar, m.slug), "anna");
    // The same pending sign-in, its nonce replaced (sealed as the server would): state and PKCE still hold,
    // so the code exchange succeeds and only the ID token's nonce check stands in the way.
    const cookies = new FlowCookie(TEST_TOKEN_SECRET);
    const pending = cookies.open(jar.get(w.server.url, FLOW_COOKIE))!;
    jar.set(w.server.url, FLOW_COOKIE, cookies.seal({ ...pending, nonce: "another-nonce" }));
    const result = await finishSignIn(w, jar, callback);
    expect(refusal(result)).toBe("invalid");
    expect(result.session).toBeUndefined();
  });

  it("refuses an answer without the flow cookie, a code used twice, and a cancelled sign-in", async () => {
    const w = await useSsoWorld();
    const m = await seedMunicipality();
    await configureSso(w, m);
    w.provider.accounts.set("anna", { email: m.email("von.chef"), email_verified: true });

    const jar = new CookieJar();
    const callback = await atProvider(jar, await startSignIn(w, jar, m.slug), "anna");
    const cookie = jar.get(w.server.url, FLOW_COOKIE)!;
    expect(refusal(await finishSignIn(w, new CookieJar(), callback))).toBe("expired");
    expect((await finishSignIn(w, jar, callback)).session).toBeDefined();
    // The cookie was cleared; put back, the same code is still refused by the provider.
    jar.set(w.server.url, FLOW_COOKIE, cookie);
    expect(refusal(await finishSignIn(w, jar, callback))).toBe("invalid");

    expect(refusal(await signInAs(w, m.slug, null))).toBe("cancelled");
  });

  it("creates a user just in time with the roles their groups map to; an unmapped user gets a clear refusal and nothing is created", async () => {
    const w = await useSsoWorld();
    const m = await seedMunicipality();
    const { admin } = await configureSso(w, m, { jitEnabled: true });
    ok(await admin(MAPPINGS, { m: [{ group: "balans-handlaggare", organId: m.organs.VON.id, role: "HANDLAGGARE" }] }));

    const email = `bertil@${m.slug}.example`;
    w.provider.accounts.set("bertil", { email, email_verified: true, name: "Bertil Berg", groups: ["other", "balans-handlaggare"] });
    const created = await signInAs(w, m.slug, "bertil");
    expect(await me(w, created.session!)).toEqual({ email, roles: [{ role: "HANDLAGGARE", organ: { shortName: "VON" } }] });
    const [audit] = await asOwner(m.municipality.id, "SELECT action, summary FROM admin_audit WHERE action = 'createUserBySingleSignOn'");
    expect(audit.summary).toContain("Bertil Berg");

    w.provider.accounts.set("cecilia", { email: `cecilia@${m.slug}.example`, email_verified: true, groups: ["unmapped"] });
    expect(refusal(await signInAs(w, m.slug, "cecilia"))).toBe("no-role");
    expect(await asOwner(m.municipality.id, "SELECT 1 FROM app_user WHERE email = $1", [`cecilia@${m.slug}.example`])).toEqual([]);
  });

  it("trusts an address without email_verified (Entra ID sends none) only at the municipality's own domains, when the admin says so", async () => {
    const w = await useSsoWorld();
    const m = await seedMunicipality();
    const ownDomain = `${m.slug}.balans.se`; // the demo users' addresses
    const { admin } = await configureSso(w, m, { jitEnabled: true, emailDomains: [ownDomain] });
    ok(await admin(MAPPINGS, { m: [{ group: "balans-handlaggare", organId: m.organs.VON.id, role: "HANDLAGGARE" }] }));
    // As Entra ID answers: an address, groups, and no email_verified at all.
    w.provider.accounts.set("entra-anna", { email: m.email("von.chef"), name: "Anna" });
    w.provider.accounts.set("entra-david", { email: `david@${ownDomain}`, groups: ["balans-handlaggare"] });
    w.provider.accounts.set("entra-guest", { email: `gast@${m.slug}.example`, groups: ["balans-handlaggare"] });
    expect(refusal(await signInAs(w, m.slug, "entra-anna"))).toBe("no-account"); // not trusted until the admin says so

    const { configured } = await configureSso(w, m, { jitEnabled: true, emailDomains: [ownDomain], trustDomainEmail: true, version: 1 });
    expect(configured.trustDomainEmail).toBe(true);
    expect((await me(w, (await signInAs(w, m.slug, "entra-anna")).session!)).email).toBe(m.email("von.chef"));
    expect(await me(w, (await signInAs(w, m.slug, "entra-david")).session!)).toEqual({
      email: `david@${ownDomain}`,
      roles: [{ role: "HANDLAGGARE", organ: { shortName: "VON" } }],
    });
    // An address at any other domain still has to be vouched for: no match, and no one is created.
    expect(refusal(await signInAs(w, m.slug, "entra-guest"))).toBe("no-account");
    expect(await asOwner(m.municipality.id, "SELECT 1 FROM app_user WHERE email = $1", [`gast@${m.slug}.example`])).toEqual([]);
  });

  it("refuses an unknown user when just-in-time creation is off, and a deactivated user", async () => {
    const w = await useSsoWorld();
    const m = await seedMunicipality();
    await configureSso(w, m);
    w.provider.accounts.set("stranger", { email: `stranger@${m.slug}.example`, email_verified: true, groups: ["x"] });
    expect(refusal(await signInAs(w, m.slug, "stranger"))).toBe("no-account");

    await asOwner(m.municipality.id, "UPDATE app_user SET active = false WHERE email = $1", [m.email("ps.chef")]);
    w.provider.accounts.set("gone", { email: m.email("ps.chef"), email_verified: true });
    expect(refusal(await signInAs(w, m.slug, "gone"))).toBe("deactivated");
  });

  it("says a municipality without single sign-on has none, and an unreachable provider is unavailable", async () => {
    const w = await useSsoWorld();
    const m = await seedMunicipality();
    const none = await new CookieJar().fetch(`${w.server.url}/auth/oidc/start?kommun=${m.slug}`);
    expect(new URL(none.location!).searchParams.get("fel")).toBe("not-configured");

    const { admin } = await configureSso(w, m);
    await w.provider.close();
    // Another configuration version: nothing discovered earlier is reused.
    const input = { issuer: w.provider.issuer, clientId: "balans", displayName: "X", emailDomains: [], jitEnabled: false };
    ok(await admin("mutation($i: SingleSignOnInput!) { configureSingleSignOn(input: $i, expectedVersion: 1) { version } }", { i: input }));
    const down = await new CookieJar().fetch(`${w.server.url}/auth/oidc/start?kommun=${m.slug}`);
    expect(new URL(down.location!).searchParams.get("fel")).toBe("unavailable");
  });

  it("takes the client secret from a BALANS_OIDC_SECRET_* variable when the admin names one", async () => {
    const w = await useSsoWorld({ oidcSecrets: { BALANS_OIDC_SECRET_TEST: "a-secret-kept-in-the-environment" } });
    const m = await seedMunicipality();
    const { configured } = await configureSso(w, m, { clientSecretEnv: "BALANS_OIDC_SECRET_TEST" });
    expect(configured).toMatchObject({ hasClientSecret: true, clientSecretEnv: "BALANS_OIDC_SECRET_TEST" });
    w.provider.accounts.set("anna", { email: m.email("von.chef"), email_verified: true });
    expect((await signInAs(w, m.slug, "anna")).session).toBeDefined();
  });
});
