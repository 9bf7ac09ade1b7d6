import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Every key and foreign key among municipal tables includes municipality_id (issue 15, target 9), so
 * that the schema can be distributed by municipality_id on Citus with each municipality's rows
 * co-located (README, "Scaling"; checked by test/distribution-keys.test.ts).
 *
 * - Primary keys become (municipality_id, id), or (municipality_id, <natural key>). The UNIQUE
 *   (municipality_id, id) constraints that foreign keys referred to until now are the primary keys
 *   themselves, and go.
 * - UNIQUE constraints within an agreement gain municipality_id. Their meaning stays: an agreement
 *   (a user, a section) belongs to one municipality, so unique per (municipality_id, agreement_id, …)
 *   is unique per (agreement_id, …).
 * - The foreign keys that referred to agreement(id), app_user(id), section(id) or
 *   agreement_version(agreement_id, number) alone refer through municipality_id. None of them sets a
 *   column to NULL on delete (the ones that do already name their column: indicator).
 * - An id alone is no longer declared unique: ids are gen_random_uuid() (or a sequence:
 *   agreement_event.id), and Citus could check such a key only on one node. The public record finds
 *   a signed agreement's municipality by id alone (signed_agreement_municipality), hence a plain
 *   index on agreement (id).
 * - Kept across municipalities, on reference tables: app_user's lower(email) (login) and
 *   password_token's token_hash (a link carries only its token).
 *
 * Names stay as they were, so nothing that names a constraint changes meaning. Foreign keys bind to
 * the index of the key they refer to, so all are dropped first and made again (checked again, too).
 */
interface KeyChange {
  table: string;
  name: string;
  /** The constraint's definition before this migration, or null when it did not exist. */
  before: string | null;
  /** …and after it, or null when it goes. */
  after: string | null;
}

const primaryKey = (table: string, columns = "id"): KeyChange => ({
  table,
  name: `${table}_pkey`,
  before: `PRIMARY KEY (${columns})`,
  after: `PRIMARY KEY (municipality_id, ${columns})`,
});
const within = (table: string, name: string, columns: string): KeyChange => ({
  table,
  name,
  before: `UNIQUE (${columns})`,
  after: `UNIQUE (municipality_id, ${columns})`,
});
const nowThePrimaryKey = (table: string, name: string, columns = "municipality_id, id"): KeyChange => ({
  table,
  name,
  before: `UNIQUE (${columns})`,
  after: null,
});
const throughMunicipality = (table: string, name: string, columns: string, target: string, targetColumns: string, action = "") => ({
  table,
  name,
  before: `FOREIGN KEY (${columns}) REFERENCES ${target}(${targetColumns})${action}`,
  after: `FOREIGN KEY (municipality_id, ${columns}) REFERENCES ${target}(municipality_id, ${targetColumns})${action}`,
});
const CASCADE = " ON DELETE CASCADE";

const KEYS: KeyChange[] = [
  ...[
    "action_plan",
    "action_plan_step",
    "admin_audit",
    "agreement",
    "agreement_event",
    "agreement_snapshot",
    "agreement_version",
    "annual_follow_up_assessment",
    "annual_follow_up_report",
    "app_user",
    "approval",
    "balance_line",
    "balance_proposal",
    "comment",
    "dispute",
    "dispute_position",
    "follow_up_period",
    "indicator",
    "indicator_report",
    "mail_outbox",
    "notification",
    "oidc_group_role",
    "organ",
    "password_token",
    "role_assignment",
    "scope_report",
    "section",
    "section_template",
    "session",
    "signature",
  ].map((table) => primaryKey(table)),
  primaryKey("agreement_snapshot_section", "snapshot_id, section_id"),
  primaryKey("balance", "agreement_id"),
  primaryKey("balance_mark", "agreement_id, party"),
  primaryKey("diarie_counter", "organ_id, year"),
  primaryKey("presence", "agreement_id, client_id"),
  primaryKey("section_mark", "section_id, party"),
  primaryKey("section_snapshot", "section_id"),
  primaryKey("section_update", "section_id, seq"),
  ...[
    "action_plan",
    "action_plan_step",
    "agreement",
    "agreement_snapshot",
    "annual_follow_up_assessment",
    "annual_follow_up_report",
    "app_user",
    "balance_line",
    "balance_proposal",
    "comment",
    "dispute",
    "follow_up_period",
    "indicator",
    "indicator_report",
    "organ",
    "scope_report",
    "section",
  ].map((table) => nowThePrimaryKey(table, `${table}_municipality_id_id_key`)),
  nowThePrimaryKey("section", "section_municipality_id_id"),
  nowThePrimaryKey("balance", "balance_municipality_id_agreement_id_key", "municipality_id, agreement_id"),
  within("agreement_event", "agreement_event_agreement_id_seq_key", "agreement_id, seq"),
  within("agreement_snapshot", "agreement_snapshot_agreement_id_number_key", "agreement_id, number"),
  within("agreement_version", "agreement_version_agreement_id_number_key", "agreement_id, number"),
  within("approval", "approval_agreement_id_version_number_organ_id_key", "agreement_id, version_number, organ_id"),
  within("role_assignment", "role_assignment_user_id_organ_id_role_key", "user_id, organ_id, role"),
  within("section", "section_agreement_id_key_key", "agreement_id, key"),
  within("signature", "signature_agreement_id_version_number_party_key", "agreement_id, version_number, party"),
  throughMunicipality("agreement", "agreement_parent_agreement_id_fkey", "parent_agreement_id", "agreement", "id"),
  throughMunicipality("agreement_event", "agreement_event_actor_id_fkey", "actor_id", "app_user", "id"),
  throughMunicipality("agreement_version", "agreement_version_created_by_fkey", "created_by", "app_user", "id"),
  throughMunicipality(
    "approval",
    "approval_agreement_id_version_number_fkey",
    "agreement_id, version_number",
    "agreement_version",
    "agreement_id, number",
    CASCADE,
  ),
  throughMunicipality("approval", "approval_corrected_by_fkey", "corrected_by", "app_user", "id"),
  throughMunicipality("approval", "approval_recorded_by_fkey", "recorded_by", "app_user", "id"),
  throughMunicipality("presence", "presence_agreement_id_fkey", "agreement_id", "agreement", "id", CASCADE),
  throughMunicipality("presence", "presence_user_id_fkey", "user_id", "app_user", "id", CASCADE),
  throughMunicipality("section_snapshot", "section_snapshot_section_id_fkey", "section_id", "section", "id", CASCADE),
  throughMunicipality("section_update", "section_update_section_id_fkey", "section_id", "section", "id", CASCADE),
  throughMunicipality("section_update", "section_update_user_id_fkey", "user_id", "app_user", "id"),
  throughMunicipality(
    "signature",
    "signature_agreement_id_version_number_fkey",
    "agreement_id, version_number",
    "agreement_version",
    "agreement_id, number",
    CASCADE,
  ),
  throughMunicipality("signature", "signature_user_id_fkey", "user_id", "app_user", "id"),
];

const isForeignKey = (definition: string | null) => definition?.startsWith("FOREIGN KEY") ?? false;

/** Moves every key in KEYS from one side to the other: `from` and `to` are "before" or "after". */
async function reshape(q: QueryRunner, from: "before" | "after", to: "before" | "after"): Promise<void> {
  const foreignKeys = (await q.query(`
    SELECT c.relname AS table, k.conname AS name, pg_get_constraintdef(k.oid) AS definition
      FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
     WHERE k.contype = 'f' AND c.relnamespace = 'public'::regnamespace ORDER BY 1, 2`)) as Array<{
    table: string;
    name: string;
    definition: string;
  }>;
  const changed = new Map(KEYS.filter((k) => isForeignKey(k[from] ?? k[to])).map((k) => [`${k.table}.${k.name}`, k]));
  for (const fk of foreignKeys) {
    const change = changed.get(`${fk.table}.${fk.name}`);
    if (change && change[from] !== fk.definition) throw new Error(`${fk.table}.${fk.name} is ${fk.definition}, expected ${change[from]}`);
    await q.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT ${fk.name}`);
  }
  const missing = [...changed.keys()].filter((name) => !foreignKeys.some((fk) => `${fk.table}.${fk.name}` === name));
  if (missing.length > 0) throw new Error(`foreign keys not found: ${missing.join(", ")}`);
  const keys = KEYS.filter((k) => !isForeignKey(k.before ?? k.after));
  for (const key of keys) if (key[from]) await q.query(`ALTER TABLE ${key.table} DROP CONSTRAINT ${key.name}`);
  for (const key of keys) if (key[to]) await q.query(`ALTER TABLE ${key.table} ADD CONSTRAINT ${key.name} ${key[to]}`);
  for (const fk of foreignKeys) {
    const definition = changed.get(`${fk.table}.${fk.name}`)?.[to] ?? fk.definition;
    await q.query(`ALTER TABLE ${fk.table} ADD CONSTRAINT ${fk.name} ${definition}`);
  }
}

export class DistributionKeys1764000030000 implements MigrationInterface {
  name = "DistributionKeys1764000030000";

  async up(q: QueryRunner): Promise<void> {
    await reshape(q, "before", "after");
    await q.query("CREATE INDEX agreement_by_id ON agreement (id)");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP INDEX agreement_by_id");
    await reshape(q, "after", "before");
  }
}
