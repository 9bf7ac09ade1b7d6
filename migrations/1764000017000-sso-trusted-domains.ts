import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Entra ID, the provider most Swedish municipalities use, sends no `email_verified`: without a way to
 * say "this provider is the municipality's own and its addresses at our domains are real", its users
 * could never be matched by e-mail or created just in time. The admin may say so, for the
 * configuration's own e-mail domains only (`oidc_config` already has its tenant policy).
 */
export class SsoTrustedDomains1764000017000 implements MigrationInterface {
  name = "SsoTrustedDomains1764000017000";

  async up(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE oidc_config ADD COLUMN trust_domain_email boolean NOT NULL DEFAULT false");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE oidc_config DROP COLUMN trust_domain_email");
  }
}
