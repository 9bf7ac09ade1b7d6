import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Every table of municipal data, keyed by `municipality_id`: a row is visible to, and can be
 * written by, only a transaction whose `app.municipality_id` names its municipality (set by
 * `Database.inMunicipality`). A transaction without it sees nothing. FORCE makes this hold for the
 * tables' owner as well (a superuser or a BYPASSRLS role is never confined).
 */
const TENANT_TABLES = [
  "organ",
  "app_user",
  "role_assignment",
  "section_template",
  "diarie_counter",
  "agreement",
  "section",
  "agreement_event",
  "balance",
  "balance_line",
  "balance_proposal",
  "balance_mark",
  "section_update",
  "section_snapshot",
  "presence",
  "comment",
  "agreement_snapshot",
  "agreement_snapshot_section",
  "dispute",
  "dispute_position",
  "notification",
  "agreement_version",
  "approval",
  "signature",
];

/**
 * The tables the reviewed lookups below read across municipalities. Each gets a SELECT policy that
 * holds only inside those functions: they raise `app.cross_municipality_lookup` for the one query
 * they run, as the owner, and the policy asks for both, so the server's role cannot raise the flag
 * and read across by itself.
 */
const LOOKUP_TABLES = ["municipality", "app_user", "agreement", "section_update", "presence"];

/**
 * A reviewed lookup: SECURITY DEFINER (it runs as the owner), with a fixed search_path, and the flag
 * raised only around its one query (a SET clause would be neater, but only a superuser may put a
 * custom setting there).
 */
export const lookup = (signature: string, returns: string, query: string) => `
  CREATE FUNCTION ${signature} RETURNS ${returns} LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  DECLARE before text := current_setting('app.cross_municipality_lookup', true);
  BEGIN
    PERFORM set_config('app.cross_municipality_lookup', 'on', true);
    RETURN QUERY ${query};
    PERFORM set_config('app.cross_municipality_lookup', coalesce(before, ''), true);
  END $$;`;

/**
 * Cross-municipality work, one narrow function each; they answer ids (and, for sign-in, the one
 * user's password hash), and the caller then works per municipality in `inMunicipality`.
 * (The login throttle's `login_failure`, and `rate_limit` after it (1764000009000), hold no municipal
 * data and have no policy: they count before any municipality is known, across the installation.)
 */
const LOOKUPS = [
  lookup(
    "login_candidate(p_email text)",
    "TABLE (user_id uuid, municipality_id uuid, password_hash text)",
    "SELECT u.id, u.municipality_id, u.password_hash FROM app_user u WHERE lower(u.email) = lower(p_email)",
  ),
  lookup("municipality_by_slug(p_slug text)", "SETOF uuid", "SELECT m.id FROM municipality m WHERE m.slug = p_slug"),
  // The audit (`npm run audit:verify`) checks every municipality's event chains, each in its own scope.
  lookup("municipality_ids()", "SETOF uuid", "SELECT m.id FROM municipality m ORDER BY m.id"),
  lookup(
    "signed_agreement_municipality(p_agreement_id uuid)",
    "SETOF uuid",
    "SELECT a.municipality_id FROM agreement a WHERE a.id = p_agreement_id AND a.status = 'SIGNED'",
  ),
  // Counts only updates old enough to fold, so that sections being typed in now cannot crowd the others out.
  lookup(
    "long_section_logs(p_min_updates int, p_min_age_seconds int, p_max_sections int)",
    "TABLE (municipality_id uuid, section_id uuid)",
    `SELECT u.municipality_id, u.section_id FROM section_update u WHERE u.at < now() - make_interval(secs => p_min_age_seconds)
      GROUP BY 1, 2 HAVING count(*) >= p_min_updates LIMIT p_max_sections`,
  ),
  lookup(
    "stale_presence(p_stale_seconds int)",
    "TABLE (municipality_id uuid, agreement_id uuid)",
    "SELECT DISTINCT p.municipality_id, p.agreement_id FROM presence p WHERE p.seen_at < now() - make_interval(secs => p_stale_seconds)",
  ),
].join("\n");
const LOOKUP_SIGNATURES = [
  "login_candidate(text)",
  "municipality_by_slug(text)",
  "municipality_ids()",
  "signed_agreement_municipality(uuid)",
  "long_section_logs(int, int, int)",
  "stale_presence(int)",
];

export class RowLevelSecurity1764000007000 implements MigrationInterface {
  name = "RowLevelSecurity1764000007000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- Unset, or reset to '' after a transaction that set it locally: no municipality, so no rows.
      CREATE FUNCTION current_municipality_id() RETURNS uuid LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp
        AS $$ SELECT NULLIF(current_setting('app.municipality_id', true), '')::uuid $$;
      CREATE FUNCTION in_cross_municipality_lookup() RETURNS boolean LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp
        AS $$ SELECT coalesce(current_setting('app.cross_municipality_lookup', true) = 'on', false)
                 AND (SELECT relowner FROM pg_catalog.pg_class WHERE oid = 'public.municipality'::regclass)
                   = (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = current_user) $$;
    `);
    // "(SELECT f())" is evaluated once per statement, not per row, and can drive an index scan.
    const scope = (column: string) => `${column} = (SELECT current_municipality_id())`;
    for (const [table, column] of [["municipality", "id"], ...TENANT_TABLES.map((t) => [t, "municipality_id"])])
      await q.query(`
        ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
        ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
        CREATE POLICY tenant ON ${table} USING (${scope(column)}) WITH CHECK (${scope(column)});
      `);
    for (const table of LOOKUP_TABLES)
      await q.query(`CREATE POLICY cross_municipality_lookup ON ${table} FOR SELECT USING ((SELECT in_cross_municipality_lookup()))`);
    await q.query(LOOKUPS);
    // Only the roles granted it (the server's, at its start: db/app-role.ts) may call a lookup.
    for (const signature of LOOKUP_SIGNATURES) await q.query(`REVOKE EXECUTE ON FUNCTION ${signature} FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const signature of LOOKUP_SIGNATURES) await q.query(`DROP FUNCTION ${signature}`);
    for (const table of LOOKUP_TABLES) await q.query(`DROP POLICY cross_municipality_lookup ON ${table}`);
    for (const table of ["municipality", ...TENANT_TABLES])
      await q.query(`
        DROP POLICY tenant ON ${table};
        ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY;
        ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY;
      `);
    await q.query("DROP FUNCTION in_cross_municipality_lookup(); DROP FUNCTION current_municipality_id();");
  }
}
