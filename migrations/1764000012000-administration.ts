import type { MigrationInterface, QueryRunner } from "typeorm";
import { lookup } from "./1764000007000-row-level-security.js";

/** The policy every table of municipal data has (1764000007000-row-level-security). */
const tenant = (table: string) => `
  ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
  ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
  CREATE POLICY tenant ON ${table}
    USING (municipality_id = (SELECT current_municipality_id()))
    WITH CHECK (municipality_id = (SELECT current_municipality_id()));`;

/**
 * Administration and sign-in (issue 11): a municipality's ADMIN manages its people and settings, and
 * people set their own passwords through one-time links.
 *
 * - Users and organs can be deactivated (never deleted while anything names them). A user invited but
 *   not yet through their link has no password (`password_hash` null), and cannot sign in with one.
 * - `oidc_subject` is the `sub` a municipality's identity provider gave the user, once matched.
 * - The result requirement is set per budget year (`result_requirement`); the municipality's own
 *   `requirement_kind`/`min_margin_percent` are the requirement for years without a row of their own.
 * - `password_token`: the one-time links, by SHA-256 of the token (the token itself is only in the link).
 * - `admin_audit`: every administrative change, who, what, when, before and after; append-only, as the
 *   agreement events are.
 * - `mail_outbox`: mail written in the transaction that caused it and sent after commit, so a crash
 *   loses none and a rollback sends none.
 */
export class Administration1764000012000 implements MigrationInterface {
  name = "Administration1764000012000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE app_user
        ADD COLUMN active boolean NOT NULL DEFAULT true,
        ALTER COLUMN password_hash DROP NOT NULL,
        ADD COLUMN language text NOT NULL DEFAULT 'sv' CHECK (language IN ('sv', 'en')),
        ADD COLUMN email_preference text NOT NULL DEFAULT 'IMMEDIATE' CHECK (email_preference IN ('NONE', 'IMMEDIATE', 'DAILY')),
        ADD COLUMN last_digest_at timestamptz,
        ADD COLUMN oidc_subject text;
      CREATE UNIQUE INDEX app_user_oidc_subject ON app_user (municipality_id, oidc_subject) WHERE oidc_subject IS NOT NULL;

      ALTER TABLE organ ADD COLUMN active boolean NOT NULL DEFAULT true;
      ALTER TABLE municipality ADD COLUMN password_login_allowed boolean NOT NULL DEFAULT true;

      CREATE TABLE result_requirement (
        municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        kind text NOT NULL CHECK (kind IN ('MIN_MARGIN', 'COST_PRICE')),
        min_margin_percent numeric(6, 2) NOT NULL DEFAULT 0,
        PRIMARY KEY (municipality_id, year)
      );

      CREATE TABLE password_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL,
        user_id uuid NOT NULL,
        token_hash text NOT NULL UNIQUE,
        purpose text NOT NULL CHECK (purpose IN ('INVITATION', 'RESET')),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        FOREIGN KEY (municipality_id, user_id) REFERENCES app_user (municipality_id, id) ON DELETE CASCADE
      );
      CREATE INDEX password_token_user ON password_token (municipality_id, user_id);

      CREATE TABLE admin_audit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
        -- null: an operator at the command line, who is no user of the municipality
        actor_id uuid,
        at timestamptz NOT NULL DEFAULT now(),
        action text NOT NULL,
        target_type text NOT NULL,
        target_id uuid,
        summary text NOT NULL,
        before jsonb,
        after jsonb
      );
      CREATE INDEX admin_audit_at ON admin_audit (municipality_id, at DESC);
      CREATE FUNCTION admin_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'Administrationsloggen kan inte ändras: admin_audit tar bara emot nya rader (% nekas)', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$;
      -- DELETE is left to the owner (a municipality removed by an operator); the server's role is granted none.
      CREATE TRIGGER admin_audit_append_only BEFORE UPDATE OR TRUNCATE ON admin_audit
        FOR EACH STATEMENT EXECUTE FUNCTION admin_audit_append_only();
      ALTER TABLE admin_audit ENABLE ALWAYS TRIGGER admin_audit_append_only;

      CREATE TABLE mail_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
        user_id uuid,
        recipient text NOT NULL,
        kind text NOT NULL,
        language text NOT NULL CHECK (language IN ('sv', 'en')),
        data jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        sent_at timestamptz
      );
      CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL;
    `);
    for (const table of ["result_requirement", "password_token", "admin_audit", "mail_outbox"]) await q.query(tenant(table));
    for (const table of ["password_token", "mail_outbox"])
      await q.query(`CREATE POLICY cross_municipality_lookup ON ${table} FOR SELECT USING ((SELECT in_cross_municipality_lookup()))`);
    await q.query(`
      DROP FUNCTION login_candidate(text);
      ${lookup(
        "login_candidate(p_email text)",
        "TABLE (user_id uuid, municipality_id uuid, password_hash text)",
        // A deactivated user, or one who has set no password yet, has no password to sign in with.
        "SELECT u.id, u.municipality_id, u.password_hash FROM app_user u WHERE lower(u.email) = lower(p_email) AND u.active AND u.password_hash IS NOT NULL",
      )}
      ${lookup(
        "password_reset_candidate(p_email text)",
        "TABLE (user_id uuid, municipality_id uuid)",
        "SELECT u.id, u.municipality_id FROM app_user u WHERE lower(u.email) = lower(p_email) AND u.active",
      )}
      ${lookup(
        "password_token_municipality(p_token_hash text)",
        "SETOF uuid",
        "SELECT t.municipality_id FROM password_token t WHERE t.token_hash = p_token_hash",
      )}
      ${lookup(
        "municipalities_with_mail_due()",
        "SETOF uuid",
        "SELECT DISTINCT o.municipality_id FROM mail_outbox o WHERE o.sent_at IS NULL AND o.next_attempt_at <= now()",
      )}
    `);
    for (const signature of LOOKUP_SIGNATURES) await q.query(`REVOKE EXECUTE ON FUNCTION ${signature} FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const signature of LOOKUP_SIGNATURES.slice(1)) await q.query(`DROP FUNCTION ${signature}`);
    await q.query(`
      DROP TABLE mail_outbox, admin_audit, password_token, result_requirement;
      DROP FUNCTION admin_audit_append_only();
      ALTER TABLE municipality DROP COLUMN password_login_allowed;
      ALTER TABLE organ DROP COLUMN active;
      DROP INDEX app_user_oidc_subject;
      ALTER TABLE app_user DROP COLUMN active, DROP COLUMN language, DROP COLUMN email_preference,
        DROP COLUMN last_digest_at, DROP COLUMN oidc_subject;
    `);
  }
}

const LOOKUP_SIGNATURES = [
  "login_candidate(text)",
  "password_reset_candidate(text)",
  "password_token_municipality(text)",
  "municipalities_with_mail_due()",
];
