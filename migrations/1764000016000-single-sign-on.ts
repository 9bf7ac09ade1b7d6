import type { MigrationInterface, QueryRunner } from "typeorm";
import { lookup } from "./1764000007000-row-level-security.js";

/**
 * Single sign-on with a municipality's own OpenID Connect provider (issue 11, item 5).
 *
 * - `oidc_config`: at most one per municipality. The client secret is kept either encrypted
 *   (`client_secret_encrypted`, AES-256-GCM under a server key: server/sso/client-secret.ts) or as the
 *   name of an environment variable that holds it (`client_secret_env`), never both, and never in clear.
 *   `email_domains` tell the login page which addresses belong to the municipality.
 * - `oidc_group_role`: which role in which organ a group of the provider's groups claim gives a user
 *   created at their first sign-in (just-in-time).
 * - `single_sign_on_option(slug, domain)`: the login page's and the flow's one look across
 *   municipalities, before anyone is signed in: which municipality has SSO for a slug or an e-mail
 *   domain, answering its id, slug and the button's display name (all of them shown to anyone anyway).
 */
export class SingleSignOn1764000016000 implements MigrationInterface {
  name = "SingleSignOn1764000016000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE oidc_config (
        municipality_id uuid PRIMARY KEY REFERENCES municipality(id) ON DELETE CASCADE,
        issuer text NOT NULL,
        client_id text NOT NULL,
        client_secret_encrypted text,
        client_secret_env text,
        display_name text NOT NULL,
        email_domains text[] NOT NULL DEFAULT '{}',
        jit_enabled boolean NOT NULL DEFAULT false,
        groups_claim text NOT NULL DEFAULT 'groups',
        version int NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (client_secret_encrypted IS NULL OR client_secret_env IS NULL)
      );
      CREATE INDEX oidc_config_email_domains ON oidc_config USING gin (email_domains);

      CREATE TABLE oidc_group_role (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipality(id) ON DELETE CASCADE,
        group_name text NOT NULL,
        organ_id uuid NOT NULL,
        role text NOT NULL CHECK (role IN ('FORVALTNINGSCHEF', 'HANDLAGGARE', 'NAMNDSEKRETERARE', 'KOMMUNLEDNING', 'REVISOR', 'ADMIN')),
        FOREIGN KEY (municipality_id, organ_id) REFERENCES organ (municipality_id, id) ON DELETE CASCADE,
        UNIQUE (municipality_id, group_name, organ_id, role)
      );
    `);
    // Municipal data: the forced tenant policy every such table has (1764000007000-row-level-security).
    for (const table of ["oidc_config", "oidc_group_role"])
      await q.query(`
        ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
        ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
        CREATE POLICY tenant ON ${table}
          USING (municipality_id = (SELECT current_municipality_id()))
          WITH CHECK (municipality_id = (SELECT current_municipality_id()));
      `);
    await q.query(`CREATE POLICY cross_municipality_lookup ON oidc_config FOR SELECT USING ((SELECT in_cross_municipality_lookup()))`);
    await q.query(
      lookup(
        "single_sign_on_option(p_slug text, p_domain text)",
        "TABLE (municipality_id uuid, slug text, display_name text)",
        `SELECT m.id, m.slug, c.display_name FROM oidc_config c JOIN municipality m ON m.id = c.municipality_id
          WHERE m.slug = p_slug OR c.email_domains @> ARRAY[lower(p_domain)] LIMIT 2`,
      ),
    );
    await q.query("REVOKE EXECUTE ON FUNCTION single_sign_on_option(text, text) FROM PUBLIC");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP FUNCTION single_sign_on_option(text, text)");
    await q.query("DROP TABLE oidc_group_role, oidc_config");
  }
}
