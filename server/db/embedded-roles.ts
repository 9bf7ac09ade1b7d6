import { join } from "node:path";
import pg from "pg";
import { persistentSecret } from "../secret-file.js";

/** initdb's bootstrap superuser: the name earlier data directories were made with. */
export const SUPERUSER = "balans";
/** Owns the schema's objects and runs the migrations; not a superuser, and row-level security applies to it (FORCE). */
export const OWNER_ROLE = "balans_owner";
/** The server's role: owns nothing, bypasses nothing; granted what it needs at every start (db/app-role.ts). */
export const APP_ROLE = "balans_app";
/** The owner's and the server's role's passwords, in the data directory. */
export const OWNER_PASSWORD_FILE = "db-owner-password";
const APP_PASSWORD_FILE = "db-app-password";

/**
 * Makes the two roles, or brings them back to what they must be, as the superuser over the private
 * socket, at every start. Their passwords are generated once and kept in the data directory; what is
 * asked of the roles is stated in full here, so a role changed by hand is put right.
 */
export async function setUpRoles(adminUrl: string, dataDir: string): Promise<{ owner: string; app: string }> {
  const passwords = {
    owner: persistentSecret(join(dataDir, OWNER_PASSWORD_FILE)),
    app: persistentSecret(join(dataDir, APP_PASSWORD_FILE)),
  };
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const literal = (value: string) => admin.escapeLiteral(value);
    await admin.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${OWNER_ROLE}') THEN CREATE ROLE ${OWNER_ROLE}; END IF;
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN CREATE ROLE ${APP_ROLE}; END IF;
      END $$;
      ALTER ROLE ${OWNER_ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${literal(passwords.owner)};
      ALTER ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT PASSWORD ${literal(passwords.app)};
      -- The superuser needs no password: pg_hba.conf admits it only over the private socket.
      ALTER ROLE ${SUPERUSER} PASSWORD NULL;
      GRANT USAGE, CREATE ON SCHEMA public TO ${OWNER_ROLE};
      REVOKE CREATE ON SCHEMA public FROM PUBLIC;
    `);
    await admin.query(TAKE_OVER_SUPERUSER_OBJECTS);
  } finally {
    await admin.end();
  }
  return passwords;
}

/**
 * Before these roles, the superuser ran the migrations and owned every table. The owner takes them
 * over (a table's sequences follow it); on a data directory made since, there is nothing to do.
 */
const TAKE_OVER_SUPERUSER_OBJECTS = `
  DO $$ DECLARE object text; BEGIN
    FOR object IN SELECT c.oid::regclass::text FROM pg_class c
       WHERE c.relnamespace = 'public'::regnamespace AND c.relowner = '${SUPERUSER}'::regrole AND c.relkind IN ('r', 'p')
    LOOP EXECUTE format('ALTER TABLE %s OWNER TO ${OWNER_ROLE}', object); END LOOP;
    FOR object IN SELECT p.oid::regprocedure::text FROM pg_proc p
       WHERE p.pronamespace = 'public'::regnamespace AND p.proowner = '${SUPERUSER}'::regrole
         AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
    LOOP EXECUTE format('ALTER FUNCTION %s OWNER TO ${OWNER_ROLE}', object); END LOOP;
  END $$;
`;
