import type { Tx } from "../db/database.js";
import type { Role } from "../identity/identity.model.js";
import type { GroupRoleMapping, SingleSignOnSettings } from "./sso.model.js";

const SETTINGS = `issuer, client_id AS "clientId", client_secret_encrypted AS "clientSecretEncrypted",
  client_secret_env AS "clientSecretEnv", display_name AS "displayName", email_domains AS "emailDomains",
  jit_enabled AS "jitEnabled", trust_domain_email AS "trustDomainEmail", groups_claim AS "groupsClaim", version, updated_at AS "updatedAt"`;

/** What a change writes: everything but the version and time, which the store keeps. */
export type SettingsWrite = Omit<SingleSignOnSettings, "version" | "updatedAt">;

/** `oidc_config` and `oidc_group_role`, in the transaction's municipality (row-level security). */
export const ssoStore = {
  async settings(tx: Tx, options: { lock?: boolean } = {}): Promise<SingleSignOnSettings | null> {
    const [row] = (await tx.em.query(`SELECT ${SETTINGS} FROM oidc_config WHERE municipality_id = $1${options.lock ? " FOR UPDATE" : ""}`, [
      tx.municipalityId,
    ])) as SingleSignOnSettings[];
    return row ?? null;
  },

  /** Creates the configuration (version 1) or replaces it (version + 1). The caller holds the row lock. */
  async save(tx: Tx, s: SettingsWrite): Promise<SingleSignOnSettings> {
    const [row] = (await tx.em.query(
      `INSERT INTO oidc_config (municipality_id, issuer, client_id, client_secret_encrypted, client_secret_env, display_name,
                                email_domains, jit_enabled, groups_claim, trust_domain_email)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (municipality_id) DO UPDATE SET issuer = EXCLUDED.issuer, client_id = EXCLUDED.client_id,
         client_secret_encrypted = EXCLUDED.client_secret_encrypted, client_secret_env = EXCLUDED.client_secret_env,
         display_name = EXCLUDED.display_name, email_domains = EXCLUDED.email_domains, jit_enabled = EXCLUDED.jit_enabled,
         groups_claim = EXCLUDED.groups_claim, trust_domain_email = EXCLUDED.trust_domain_email, version = oidc_config.version + 1, updated_at = now()
       RETURNING ${SETTINGS}`,
      [
        tx.municipalityId,
        s.issuer,
        s.clientId,
        s.clientSecretEncrypted,
        s.clientSecretEnv,
        s.displayName,
        s.emailDomains,
        s.jitEnabled,
        s.groupsClaim,
        s.trustDomainEmail,
      ],
    )) as SingleSignOnSettings[];
    return row;
  },

  /** Removes the configuration and its group mappings. */
  async remove(tx: Tx): Promise<void> {
    await tx.em.query("DELETE FROM oidc_group_role WHERE municipality_id = $1", [tx.municipalityId]);
    await tx.em.query("DELETE FROM oidc_config WHERE municipality_id = $1", [tx.municipalityId]);
  },

  async mappings(tx: Tx): Promise<GroupRoleMapping[]> {
    return (await tx.em.query(
      `SELECT id, group_name AS "group", organ_id AS "organId", role FROM oidc_group_role
        WHERE municipality_id = $1 ORDER BY group_name, role, organ_id`,
      [tx.municipalityId],
    )) as GroupRoleMapping[];
  },

  async replaceMappings(tx: Tx, mappings: ReadonlyArray<Omit<GroupRoleMapping, "id">>): Promise<void> {
    await tx.em.query("DELETE FROM oidc_group_role WHERE municipality_id = $1", [tx.municipalityId]);
    if (mappings.length === 0) return;
    await tx.em.query(
      `INSERT INTO oidc_group_role (municipality_id, group_name, organ_id, role)
       SELECT $1, g, o, r FROM unnest($2::text[], $3::uuid[], $4::text[]) AS m(g, o, r)`,
      [tx.municipalityId, mappings.map((m) => m.group), mappings.map((m) => m.organId), mappings.map((m) => m.role)],
    );
  },

  /** The roles (in active organs) that any of `groups` maps to, each once. */
  async rolesForGroups(tx: Tx, groups: readonly string[]): Promise<Array<{ organId: string; role: Role }>> {
    if (groups.length === 0) return [];
    return (await tx.em.query(
      `SELECT DISTINCT g.organ_id AS "organId", g.role FROM oidc_group_role g JOIN organ o ON o.id = g.organ_id AND o.municipality_id = g.municipality_id
        WHERE g.municipality_id = $1 AND o.active AND g.group_name = ANY ($2::text[]) ORDER BY 1, 2`,
      [tx.municipalityId, groups],
    )) as Array<{ organId: string; role: Role }>;
  },
};
