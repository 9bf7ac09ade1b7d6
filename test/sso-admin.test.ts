import { describe, expect, it } from "vitest";
import { seedMunicipality } from "./support/factories.js";
import { actor, errorCode, gql, ok } from "./support/graphql.js";
import { asOwner } from "./support/owner.js";
import { passwordLink, SET_PASSWORD, strongPassword } from "./support/passwords.js";
import { useTestServer } from "./support/server.js";
import { CONFIGURE, MAPPINGS } from "./support/sso.js";

const READ = `{ singleSignOn { issuer clientId hasClientSecret clientSecretEnv displayName emailDomains jitEnabled groupsClaim version callbackUrl startUrl
  groupRoleMappings { group role organ { shortName } } } }`;
const OPTION = "query($k: String, $e: String) { singleSignOnFor(kommun: $k, email: $e) { kommun displayName startUrl } }";
const LOGIN = "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }";

const input = (overrides: Record<string, unknown> = {}) => ({
  issuer: "https://login.example.se/tenant",
  clientId: "balans-app",
  clientSecret: "s3cret-value-that-must-never-show",
  displayName: "Exempelkommun",
  emailDomains: ["@Exempel.SE", "kommun.exempel.se"],
  jitEnabled: true,
  ...overrides,
});

/** The admin's side of single sign-on: configuration, secret handling, the record, and the login page's lookup. */
describe("single sign-on administration", () => {
  it("stores the secret encrypted and never answers it; a configuration without a new secret keeps the old one", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const admin = await actor(server, m, "admin");
    expect(ok(await admin(READ)).singleSignOn).toBeNull();

    const created = ok(await admin(CONFIGURE, { input: input(), v: 0 })).configureSingleSignOn;
    expect(created).toMatchObject({
      version: 1,
      hasClientSecret: true,
      clientSecretEnv: null,
      startUrl: `/auth/oidc/start?kommun=${m.slug}`,
    });
    expect(created.callbackUrl).toMatch(/\/auth\/oidc\/callback$/);
    const read = ok(await admin(READ)).singleSignOn;
    expect(read).toMatchObject({ emailDomains: ["exempel.se", "kommun.exempel.se"], groupsClaim: "groups", jitEnabled: true });
    expect(JSON.stringify(read)).not.toContain("s3cret");

    const [row] = await asOwner(m.municipality.id, "SELECT client_secret_encrypted AS sealed FROM oidc_config");
    expect(row.sealed).toMatch(/^v1\./);
    expect(row.sealed).not.toContain("s3cret");
    const opened = server.services.singleSignOn.secrets.secretOf(
      { clientSecretEncrypted: row.sealed, clientSecretEnv: null },
      m.municipality.id,
    );
    expect(opened).toBe("s3cret-value-that-must-never-show");
    // Bound to its municipality: the same value opens nowhere else.
    const other = await seedMunicipality();
    expect(
      server.services.singleSignOn.secrets.secretOf({ clientSecretEncrypted: row.sealed, clientSecretEnv: null }, other.municipality.id),
    ).toBeNull();

    ok(await admin(CONFIGURE, { input: input({ clientSecret: null, displayName: "Nytt namn" }), v: 1 }));
    const [kept] = await asOwner(m.municipality.id, "SELECT client_secret_encrypted AS sealed, display_name AS name FROM oidc_config");
    expect(kept).toEqual({ sealed: row.sealed, name: "Nytt namn" });

    // A stale version is CONFLICT with the current one.
    const stale = await admin(CONFIGURE, { input: input(), v: 1 });
    expect(errorCode(stale)).toBe("CONFLICT");
    expect(stale.errors![0].extensions!.currentVersion).toBe(2);

    // In the administration log like every administrative change, read as the admin reads it.
    const log = ok(await admin("{ adminLog { action targetType summary before after actor { id } } }")).adminLog as Array<{
      action: string;
      targetType: string;
      summary: string;
      before: string | null;
      after: string;
      actor: { id: string };
    }>;
    const audit = log.filter((entry) => entry.targetType === "SINGLE_SIGN_ON").reverse();
    expect(audit.map((a) => [a.action, a.actor.id])).toEqual([
      ["configureSingleSignOn", m.users.admin.id],
      ["configureSingleSignOn", m.users.admin.id],
    ]);
    expect(audit[0].summary).toMatch(/infördes/);
    expect(JSON.parse(audit[1].before!).displayName).toBe("Exempelkommun");
    expect(JSON.parse(audit[1].after).displayName).toBe("Nytt namn");
    expect(JSON.stringify(log)).not.toContain("s3cret");
  });

  it("refuses an issuer that is not https (http only on loopback), and secrets from other variables than BALANS_OIDC_SECRET_*", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const admin = await actor(server, m, "admin");
    const field = async (overrides: Record<string, unknown>) => {
      const result = await admin(CONFIGURE, { input: input(overrides), v: 0 });
      expect(errorCode(result)).toBe("BAD_USER_INPUT");
      return result.errors![0].extensions!.field;
    };
    expect(await field({ issuer: "http://login.example.se" })).toBe("issuer");
    expect(await field({ issuer: "https://login.example.se/?tenant=1" })).toBe("issuer");
    expect(await field({ issuer: "ftp://login.example.se" })).toBe("issuer");
    expect(await field({ issuer: "not a url" })).toBe("issuer");
    expect(await field({ clientSecret: null, clientSecretEnv: "BALANS_TOKEN_SECRET" })).toBe("clientSecretEnv");
    expect(await field({ clientSecretEnv: "BALANS_OIDC_SECRET_X" })).toBe("clientSecret");
    expect(await field({ emailDomains: ["not a domain"] })).toBe("emailDomains.0");
    expect(await field({ displayName: " " })).toBe("displayName");
    expect(await asOwner(m.municipality.id, "SELECT 1 FROM oidc_config")).toEqual([]);

    const local = ok(await admin(CONFIGURE, { input: input({ issuer: "http://127.0.0.1:9/" }), v: 0 })).configureSingleSignOn;
    expect(local.issuer).toBe("http://127.0.0.1:9/");
  });

  it("maps groups to roles in the municipality's own organs only, and removes it all with the configuration", async () => {
    const server = await useTestServer();
    const [m, other] = [await seedMunicipality(), await seedMunicipality()];
    const admin = await actor(server, m, "admin");
    expect(errorCode(await admin(MAPPINGS, { m: [] }))).toBe("INVALID_STATE");
    ok(await admin(CONFIGURE, { input: input(), v: 0 }));

    const theirs = await admin(MAPPINGS, { m: [{ group: "g", organId: other.organs.VON.id, role: "HANDLAGGARE" }] });
    expect(errorCode(theirs)).toBe("NOT_FOUND");
    const mapped = ok(
      await admin(MAPPINGS, {
        m: [
          { group: "vård-chefer", organId: m.organs.VON.id, role: "FORVALTNINGSCHEF" },
          { group: "vård-chefer", organId: m.organs.VON.id, role: "FORVALTNINGSCHEF" },
          { group: "revision", organId: m.organs.KS.id, role: "REVISOR" },
        ],
      }),
    ).setGroupRoleMappings.groupRoleMappings;
    expect(mapped).toEqual([
      { group: "revision", role: "REVISOR", organ: { shortName: "KS" } },
      { group: "vård-chefer", role: "FORVALTNINGSCHEF", organ: { shortName: "VON" } },
    ]);

    expect(ok(await admin("mutation { removeSingleSignOn }")).removeSingleSignOn).toBe(true);
    expect(ok(await admin(READ)).singleSignOn).toBeNull();
    expect(await asOwner(m.municipality.id, "SELECT 1 FROM oidc_group_role")).toEqual([]);
    expect(errorCode(await admin("mutation { removeSingleSignOn }"))).toBe("INVALID_STATE");
    const actions = await asOwner(m.municipality.id, "SELECT action FROM admin_audit WHERE target_type = 'SINGLE_SIGN_ON' ORDER BY seq");
    expect(actions.map((a) => a.action)).toEqual(["configureSingleSignOn", "setGroupRoleMappings", "removeSingleSignOn"]);
  });

  it("lets only the ADMIN read the configuration", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    for (const who of ["revisor", "kommunledning", "von.chef"] as const)
      expect(errorCode(await (await actor(server, m, who))(READ))).toBe("FORBIDDEN");
    expect(errorCode(await gql(server, READ))).toBe("UNAUTHENTICATED");
  });

  it("tells the login page, without login, which municipality's button a slug or an e-mail domain names", async () => {
    const server = await useTestServer();
    const [m, rival] = [await seedMunicipality(), await seedMunicipality()];
    const domain = `${m.slug}.example`;
    ok(
      await (
        await actor(server, m, "admin")
      )(CONFIGURE, { input: input({ displayName: "Österåkers kommun", emailDomains: [domain, "shared.example"] }), v: 0 }),
    );
    const expected = { kommun: m.slug, displayName: "Österåkers kommun", startUrl: `/auth/oidc/start?kommun=${m.slug}` };
    expect(ok(await gql(server, OPTION, { k: m.slug })).singleSignOnFor).toEqual(expected);
    expect(ok(await gql(server, OPTION, { e: `Anna.Andersson@${domain.toUpperCase()}` })).singleSignOnFor).toEqual(expected);
    expect(ok(await gql(server, OPTION, { e: "anna@nowhere.example" })).singleSignOnFor).toBeNull();
    expect(ok(await gql(server, OPTION, { k: rival.slug })).singleSignOnFor).toBeNull();
    expect(ok(await gql(server, OPTION, {})).singleSignOnFor).toBeNull();

    // A domain two municipalities claim names neither.
    expect(ok(await gql(server, OPTION, { e: "x@shared.example" })).singleSignOnFor).toEqual(expected);
    ok(await (await actor(server, rival, "admin"))(CONFIGURE, { input: input({ emailDomains: ["shared.example"] }), v: 0 }));
    expect(ok(await gql(server, OPTION, { e: "x@shared.example" })).singleSignOnFor).toBeNull();
  });

  it("refuses password login when SSO is configured and passwords are not allowed, pointing to the button; ADMINs keep theirs", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality();
    const login = (who: "von.chef" | "admin", password = m.password) => gql(server, LOGIN, { e: m.email(who), p: password });
    await asOwner(m.municipality.id, "UPDATE municipality SET password_login_allowed = false");
    // Without single sign-on the setting cannot lock anyone out.
    ok(await login("von.chef"));

    ok(await (await actor(server, m, "admin"))(CONFIGURE, { input: input({ displayName: "Testkommunen" }), v: 0 }));
    const refused = await login("von.chef");
    expect(errorCode(refused)).toBe("FORBIDDEN");
    expect(refused.errors![0].extensions!.singleSignOn).toEqual({
      kommun: m.slug,
      displayName: "Testkommunen",
      startUrl: `/auth/oidc/start?kommun=${m.slug}`,
    });
    // A wrong password learns nothing about it.
    expect(errorCode(await login("von.chef", "wrong"))).toBe("UNAUTHENTICATED");
    ok(await login("admin"));
    // Nor is a one-time link a way around it: refused alike, and left unused for when passwords are allowed again.
    const { token } = await passwordLink(m.municipality.id, m.users["von.chef"].id);
    const setPassword = () => gql(server, SET_PASSWORD, { t: token, p: strongPassword() });
    expect(errorCode(await setPassword())).toBe("FORBIDDEN");

    await asOwner(m.municipality.id, "UPDATE municipality SET password_login_allowed = true");
    ok(await login("von.chef"));
    ok(await setPassword());
  });
});
