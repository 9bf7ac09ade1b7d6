import type { DataSource } from "typeorm";
import { openDataSource } from "./data-source.js";

/**
 * The two database roles Balans works with (README, "Database roles and row-level security"): the
 * owner, which owns the schema and runs the migrations, and the server's role, which owns nothing
 * and is confined by row-level security to the municipality of each transaction.
 */

/**
 * Migrates as the owner, grants the server's role what it needs, and runs `afterwards` (the demo
 * seed) as the owner; the owner's connections are closed before the server takes any request.
 */
export async function prepareDatabase<T>(
  ownerUrl: string,
  appRole: string,
  afterwards?: (owner: DataSource) => Promise<T>,
): Promise<T | undefined> {
  // Two connections: the demo seed writes its two municipalities at once (seed/demo-seed.ts).
  const owner = await openDataSource(ownerUrl, { migrate: true, poolSize: 2 });
  try {
    await grantAppRole(owner, appRole);
    return await afterwards?.(owner);
  } finally {
    await owner.destroy();
  }
}

/**
 * Tables the server only ever appends to and reads: the agreement events are the record, refused
 * UPDATE, DELETE and TRUNCATE by a trigger for every role (1764000008000-event-chain); the server's
 * role is not even granted them, so the record does not rest on the trigger alone.
 */
const APPEND_ONLY = ["agreement_event", "admin_audit"];

/**
 * Exactly what the server needs, granted anew at every start so that new tables are covered: rows
 * (no TRUNCATE, REFERENCES or TRIGGER; nothing of the migrations' own table; only SELECT and INSERT
 * of the append-only ones), sequences, and our functions, among them the reviewed cross-municipality
 * lookups. With one role for both, nothing to do.
 */
export async function grantAppRole(owner: DataSource, appRole: string): Promise<void> {
  await owner.transaction(async (em) => {
    const [{ me, role }] = (await em.query("SELECT current_user AS me, quote_ident($1) AS role", [appRole])) as Array<{
      me: string;
      role: string;
    }>;
    if (me === appRole) return;
    // Servers starting at once would otherwise update the same catalog rows ("tuple concurrently updated").
    await em.query("SELECT pg_advisory_xact_lock(hashtext('balans: grant the app role'))");
    await em.query(`
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role};
      REVOKE ALL ON TABLE migrations FROM ${role};
      REVOKE UPDATE, DELETE ON TABLE ${APPEND_ONLY.join(", ")} FROM ${role};
      GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ${role};
      GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO ${role};
    `);
  });
}

export interface RoleFacts {
  role: string;
  superuser: boolean;
  bypassRls: boolean;
  /** Owns (or is a member of a role that owns) a table of the schema. */
  ownsTables: boolean;
}

/** What the connected role is; row-level security confines it only when all are false. */
export async function roleFacts(dataSource: DataSource): Promise<RoleFacts> {
  const [facts] = (await dataSource.query(`
    SELECT current_user AS role, r.rolsuper AS superuser, r.rolbypassrls AS "bypassRls",
           EXISTS (SELECT FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
                    AND pg_has_role(current_user, c.relowner, 'USAGE')) AS "ownsTables"
      FROM pg_roles r WHERE r.rolname = current_user`)) as RoleFacts[];
  return facts;
}

/** Why row-level security is no guarantee for this role, or null when it is. */
export function unconfined(facts: RoleFacts): string | null {
  const why = [facts.superuser && "is a superuser", facts.bypassRls && "has BYPASSRLS", facts.ownsTables && "owns the tables"].filter(
    Boolean,
  );
  return why.length === 0 ? null : `the database role "${facts.role}" ${why.join(", ")}`;
}
