import { describe, expect, inject, it } from "vitest";
import { roleFacts } from "../server/db/app-role.js";
import { Database } from "../server/db/database.js";
import { createAgreement } from "./support/agreements.js";
import { textUpdate } from "./support/approval.js";
import { seedMunicipality, type TestMunicipality } from "./support/factories.js";
import { startChildServer } from "./support/child-server.js";
import { actor, ok } from "./support/graphql.js";
import { asOwner, ownerDataSource } from "./support/owner.js";
import { useTestServer } from "./support/server.js";

/** Tables without row-level security, and why: neither holds municipal data. */
const UNSCOPED = {
  migrations: "TypeORM's record of the migrations run; the server's role has no grant on it",
  rate_limit: "the rate limits' counts, keyed by HMACs of who is counted (e-mail, address, user id), across the installation",
};
/** The reviewed lookups across municipalities (migrations 1764000007000 and 1764000012000), and the tables they read. */
const LOOKUPS = [
  "login_candidate",
  "long_section_logs",
  "municipalities_with_mail_due",
  "municipality_by_slug",
  "municipality_ids",
  "password_reset_candidate",
  "password_token_municipality",
  "signed_agreement_municipality",
  "single_sign_on_option",
  "stale_presence",
];
const LOOKUP_TABLES = [
  "agreement",
  "app_user",
  "mail_outbox",
  "municipality",
  "oidc_config",
  "password_token",
  "presence",
  "section_update",
];

interface TableFacts {
  table: string;
  key: string | null;
  enabled: boolean;
  forced: boolean;
}

const catalog = async () => {
  const owner = await ownerDataSource();
  const tables = (await owner.query(`
    SELECT c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
           CASE WHEN c.relname = 'municipality' THEN 'id'
                WHEN EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'municipality_id' AND NOT a.attisdropped)
                THEN 'municipality_id' END AS key
      FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') ORDER BY 1`)) as TableFacts[];
  const policies = (await owner.query(
    "SELECT tablename AS table, policyname AS name, cmd, permissive, roles::text[] AS roles, qual, with_check AS check FROM pg_policies WHERE schemaname = 'public'",
  )) as Array<{ table: string; name: string; cmd: string; permissive: string; roles: string[]; qual: string; check: string | null }>;
  return { tables, policies };
};

describe("tenant isolation in the database", () => {
  it("forces row-level security, with the tenant policy, on every table with a municipality_id, and on municipality by id", async () => {
    const { tables, policies } = await catalog();
    const tenantTables = tables.filter((t) => t.key !== null);
    expect(tenantTables.length).toBeGreaterThan(20);
    for (const { table, key, enabled, forced } of tenantTables) {
      expect({ table, enabled, forced }).toEqual({ table, enabled: true, forced: true });
      const own = policies.filter((p) => p.table === table);
      const scope = `(${key} = ( SELECT current_municipality_id() AS current_municipality_id))`;
      expect(
        own.find((p) => p.name === "tenant"),
        table,
      ).toMatchObject({ cmd: "ALL", permissive: "PERMISSIVE", roles: ["public"], qual: scope, check: scope });
      // Any other policy would widen what a transaction sees: only the lookups' SELECT, on the tables they read.
      for (const extra of own.filter((p) => p.name !== "tenant"))
        expect({ ...extra, table }).toMatchObject({
          table: expect.toSatisfy((t: string) => LOOKUP_TABLES.includes(t)),
          name: "cross_municipality_lookup",
          cmd: "SELECT",
          qual: "( SELECT in_cross_municipality_lookup() AS in_cross_municipality_lookup)",
        });
    }
    expect(tables.filter((t) => t.key === null).map((t) => t.table)).toEqual(Object.keys(UNSCOPED));
    expect(tables.filter((t) => t.key === null && (t.enabled || t.forced))).toEqual([]);
  });

  it("lets only the reviewed lookups act for the owner: SECURITY DEFINER, a fixed search_path, not callable by PUBLIC", async () => {
    const definers = (await (
      await ownerDataSource()
    ).query(`
      SELECT p.proname AS name, p.proconfig AS config, pg_get_userbyid(p.proowner) = current_user AS "ownedByOwner",
             has_function_privilege('balans_app', p.oid, 'EXECUTE') AS "app",
             EXISTS (SELECT FROM aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) x WHERE x.grantee = 0) AS "public"
        FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace AND p.prosecdef ORDER BY 1`)) as Array<Record<string, unknown>>;
    expect(definers).toEqual(
      LOOKUPS.map((name) => ({ name, config: ["search_path=public, pg_temp"], ownedByOwner: true, app: true, public: false })),
    );
  });

  it("runs the server as a role that is no superuser, does not bypass row-level security, owns nothing and cannot switch it off", async () => {
    const server = await useTestServer();
    const app = server.appDataSource;
    expect(await roleFacts(app)).toEqual({ role: "balans_app", superuser: false, bypassRls: false, ownsTables: false });
    await expect(app.query("ALTER TABLE agreement DISABLE ROW LEVEL SECURITY")).rejects.toThrow(/must be owner/);
    await expect(app.query("TRUNCATE agreement")).rejects.toThrow(/permission denied/);
    await expect(app.query("SELECT * FROM migrations")).rejects.toThrow(/permission denied/);
    // The record is appended to and read, never changed (the trigger refuses that too: audit-chain.test.ts).
    const [grants] = await app.query(
      `SELECT ${["SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE"].map((p) => `has_table_privilege('agreement_event', '${p}') AS "${p}"`).join(", ")}`,
    );
    expect(grants).toEqual({ SELECT: true, INSERT: true, UPDATE: false, DELETE: false, TRUNCATE: false });
    await expect(app.query("CREATE TABLE escape (id int)")).rejects.toThrow(/permission denied/);
    // The lookups' flag is worth nothing to the server's role: the policy also asks for the owner.
    const raised = await app.transaction(async (em) => {
      await em.query("SELECT set_config('app.cross_municipality_lookup', 'on', true)");
      return (await em.query("SELECT count(*)::int AS n FROM municipality"))[0].n;
    });
    expect(raised).toBe(0);
  });

  it("shows a deliberately unscoped SELECT only the scope's municipality's rows, and without a scope nothing, to the owner too", async () => {
    const server = await useTestServer();
    const [a, b] = [await seedMunicipality(), await seedMunicipality()];
    const agreementOf = async (m: TestMunicipality) => (await createAgreement(await actor(server, m, "von.chef"), m)).id;
    const [aAgreement, bAgreement] = [await agreementOf(a), await agreementOf(b)];
    const db = new Database(server.appDataSource);
    const tables = ["agreement", "section", "agreement_event", "app_user", "role_assignment", "organ", "section_template"];
    for (const table of [...tables, "municipality"]) {
      const key = table === "municipality" ? "id" : "municipality_id";
      const rows = (await db.inMunicipality(a.municipality.id, (tx) => tx.em.query(`SELECT * FROM ${table}`))) as Array<
        Record<string, string>
      >;
      expect(rows.length, table).toBeGreaterThan(0);
      expect(new Set(rows.map((r) => r[key])), table).toEqual(new Set([a.municipality.id]));
      expect(await server.appDataSource.query(`SELECT * FROM ${table}`), `${table} unscoped`).toEqual([]);
      expect(await (await ownerDataSource()).query(`SELECT * FROM ${table}`), `${table} unscoped, as the owner`).toEqual([]);
    }
    const agreements = (await db.inMunicipality(a.municipality.id, (tx) => tx.em.query("SELECT id FROM agreement"))) as Array<{
      id: string;
    }>;
    expect(agreements.map((r) => r.id)).toContain(aAgreement);
    expect(agreements.map((r) => r.id)).not.toContain(bAgreement);

    // Writes: B's rows cannot be changed from A's scope, nor rows made for B.
    const renamed = await db.inMunicipality(a.municipality.id, (tx) =>
      tx.em.query("UPDATE agreement SET title = 'Kapad' WHERE id = $1 RETURNING id", [bAgreement]),
    );
    expect(renamed).toEqual([[], 0]);
    const [{ title }] = await asOwner(b.municipality.id, "SELECT title FROM agreement WHERE id = $1", [bAgreement]);
    expect(title).not.toBe("Kapad");
    await expect(
      db.inMunicipality(a.municipality.id, (tx) =>
        tx.em.query("INSERT INTO organ (municipality_id, name, short_name, kind) VALUES ($1, 'Kapad', 'KAP', 'BESTALLARNAMND')", [
          b.municipality.id,
        ]),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it("compacts long update logs of every municipality, found across them by id and folded in each one's own transaction", async () => {
    const server = await useTestServer();
    const sections: Array<{ m: TestMunicipality; id: string; agreementId: string; vonChef: Awaited<ReturnType<typeof actor>> }> = [];
    for (const m of [await seedMunicipality(), await seedMunicipality()]) {
      const vonChef = await actor(server, m, "von.chef");
      const { id: agreementId } = await createAgreement(vonChef, m);
      const id = ok(await vonChef("query($id: ID!) { agreement(id: $id) { sections { id } } }", { id: agreementId })).agreement.sections[0]
        .id;
      for (const word of ["Ett", "Två", "Tre"])
        ok(
          await vonChef("mutation($s: ID!, $u: String!) { pushSectionUpdate(sectionId: $s, update: $u) { seq } }", {
            s: id,
            u: textUpdate(word),
          }),
        );
      await asOwner(m.municipality.id, "UPDATE section_update SET at = now() - interval '1 minute' WHERE section_id = $1", [id]);
      sections.push({ m, id, agreementId, vonChef });
    }
    const snapshots = async () =>
      Promise.all(sections.map(({ m, id }) => asOwner(m.municipality.id, "SELECT seq FROM section_snapshot WHERE section_id = $1", [id])));
    // Other tests' long logs may come first (at most 50 a round); those folded drop out of the next round.
    for (let round = 0; round < 20 && (await snapshots()).some((rows) => rows.length === 0); round++)
      await server.services.collab.compactLongLogs(3);
    expect((await snapshots()).map((rows) => rows[0]?.seq)).toEqual([3, 3]);
    for (const { m, id, agreementId, vonChef } of sections) {
      expect(await asOwner(m.municipality.id, "SELECT seq FROM section_update WHERE section_id = $1", [id])).toEqual([]);
      const text = ok(await vonChef("query($id: ID!) { agreement(id: $id) { sections { id text } } }", { id: agreementId })).agreement
        .sections[0].text;
      expect(text).toMatch(/Ett|Två|Tre/);
    }
  });

  it("with one role for both (no MIGRATION_DATABASE_URL) still works, confined by FORCE, and warns that it is no guarantee", async () => {
    const m = await seedMunicipality();
    const child = await startChildServer({ DATABASE_URL: inject("ownerDatabaseUrl"), MIGRATION_DATABASE_URL: "" });
    expect(child.output()).toMatch(/"balans_owner" owns the tables: row-level security is no guarantee/);
    const vonChef = await actor(child, m, "von.chef");
    expect(ok(await vonChef("{ organs { id } }")).organs).toHaveLength(Object.keys(m.organs).length);
    expect(await child.stop()).toBe(0);
  }, 60_000);
});
