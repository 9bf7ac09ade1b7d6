import { noteAccountChange } from "../identity/identity.events.js";
import { In } from "typeorm";
import { SectionTemplateEntity } from "../agreements/agreement.entities.js";
import type { Tx } from "../db/database.js";
import {
  type AdminAuditEntity,
  MunicipalityEntity,
  OrganEntity,
  ResultRequirementEntity,
  RoleAssignmentEntity,
  UserEntity,
} from "../identity/identity.entities.js";
import { Role, type OrganKind } from "../identity/identity.model.js";
import { isUuid } from "../validation/input.js";
import type { AdminChange } from "./administration.events.js";
import type { RequirementSetting } from "./administration.model.js";

export interface OrganFields {
  name: string;
  shortName: string;
  kind: OrganKind;
}

export interface RoleRow {
  role: Role;
  organId: string;
}

export interface TemplateRow {
  key: string;
  title: string;
  required: boolean;
}

export interface QueueSettings {
  queueWarnDays: number;
  queueOverdueDays: number;
  passwordLoginAllowed: boolean;
  /** Absent in an input: unchanged. */
  followUpDueDays?: number | null;
  /** Kronor, exact decimal strings; absent in an input: unchanged. */
  strategicValueMediumFrom?: string | null;
  strategicValueHighFrom?: string | null;
}

/**
 * The SQL of administration: the municipality row (which every command that counts administrators
 * or bumps a version locks first), users and their roles, organs, the section template, settings and
 * the administration log. All of it in the transaction's municipality (row-level security).
 */
export const administrationStore = {
  /** The municipality's row, locked: administrative commands queue up behind it, so counts and versions read under it hold. */
  lockMunicipality(tx: Tx): Promise<MunicipalityEntity> {
    return tx.em
      .getRepository(MunicipalityEntity)
      .createQueryBuilder("m")
      .where("m.id = :id", { id: tx.municipalityId })
      .setLock("pessimistic_write")
      .getOneOrFail();
  },

  municipality(tx: Tx): Promise<MunicipalityEntity> {
    return tx.em.findOneByOrFail(MunicipalityEntity, { id: tx.municipalityId });
  },

  // --- users

  users(tx: Tx, cap: number): Promise<UserEntity[]> {
    return tx.em
      .getRepository(UserEntity)
      .createQueryBuilder("u")
      .where("u.municipality_id = :m", { m: tx.municipalityId })
      .orderBy("lower(u.name)", "ASC")
      .addOrderBy("u.id", "ASC")
      .limit(cap)
      .getMany();
  },

  user(tx: Tx, id: string): Promise<UserEntity | null> {
    return isUuid(id) ? tx.em.findOneBy(UserEntity, { id, municipalityId: tx.municipalityId }) : Promise.resolve(null);
  },

  async hasPassword(tx: Tx, userId: string): Promise<boolean> {
    const [row] = (await tx.em.query("SELECT password_hash IS NOT NULL AS set FROM app_user WHERE id = $1 AND municipality_id = $2", [
      userId,
      tx.municipalityId,
    ])) as Array<{ set: boolean }>;
    return row?.set ?? false;
  },

  /**
   * A new user, or null when the e-mail address is taken, in this municipality or any other: the
   * unique index on lower(email) spans the installation, and ON CONFLICT consults it without showing
   * the other municipality's row. A concurrent insert of the same address waits for this one's commit.
   */
  async insertUser(tx: Tx, user: { name: string; email: string; passwordHash?: string | null }): Promise<UserEntity | null> {
    const [row] = (await tx.em.query(
      `INSERT INTO app_user (municipality_id, name, email, password_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT ((lower(email))) DO NOTHING RETURNING id`,
      [tx.municipalityId, user.name, user.email, user.passwordHash ?? null],
    )) as Array<{ id: string }>;
    return row ? tx.em.findOneByOrFail(UserEntity, { id: row.id, municipalityId: tx.municipalityId }) : null;
  },

  roles(tx: Tx, userId: string): Promise<RoleAssignmentEntity[]> {
    return tx.em.find(RoleAssignmentEntity, {
      where: { userId, municipalityId: tx.municipalityId },
      order: { role: "ASC", organId: "ASC" },
    });
  },

  async replaceRoles(tx: Tx, userId: string, roles: readonly RoleRow[]): Promise<void> {
    noteAccountChange(tx, userId);
    await tx.em.delete(RoleAssignmentEntity, { userId, municipalityId: tx.municipalityId });
    if (roles.length > 0)
      await tx.em.insert(
        RoleAssignmentEntity,
        roles.map((r) => ({ ...r, userId, municipalityId: tx.municipalityId })),
      );
  },

  /** The active users who hold ADMIN (in any organ). */
  async activeAdmins(tx: Tx): Promise<string[]> {
    const rows = (await tx.em.query(
      `SELECT DISTINCT u.id FROM app_user u JOIN role_assignment r ON r.user_id = u.id AND r.municipality_id = u.municipality_id
        WHERE u.municipality_id = $1 AND u.active AND r.role = $2`,
      [tx.municipalityId, Role.ADMIN],
    )) as Array<{ id: string }>;
    return rows.map((r) => r.id);
  },

  async setUserActive(tx: Tx, userId: string, active: boolean): Promise<void> {
    noteAccountChange(tx, userId);
    await tx.em.update(UserEntity, { id: userId, municipalityId: tx.municipalityId }, { active });
  },

  /** A deactivated user's unused one-time links stop working with them. */
  async dropUnusedLinks(tx: Tx, userId: string): Promise<void> {
    await tx.em.query("DELETE FROM password_token WHERE municipality_id = $1 AND user_id = $2 AND used_at IS NULL", [
      tx.municipalityId,
      userId,
    ]);
  },

  // --- organs

  organ(tx: Tx, id: string, options: { lock?: boolean } = {}): Promise<OrganEntity | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    const query = tx.em
      .getRepository(OrganEntity)
      .createQueryBuilder("o")
      .where("o.id = :id AND o.municipality_id = :m", { id, m: tx.municipalityId });
    if (options.lock) query.setLock("pessimistic_write");
    return query.getOne();
  },

  /** The organs of `ids` that exist in the municipality (others are simply absent). */
  async organs(tx: Tx, ids: readonly string[]): Promise<Map<string, OrganEntity>> {
    const unique = [...new Set(ids)].filter(isUuid);
    if (unique.length === 0) return new Map();
    const organs = await tx.em.findBy(OrganEntity, { id: In(unique), municipalityId: tx.municipalityId });
    return new Map(organs.map((o) => [o.id, o]));
  },

  /** Organs that some agreement names as purchaser or provider: their short names are in diarienummer. */
  async organsInUse(tx: Tx, ids?: readonly string[]): Promise<Set<string>> {
    const rows = (await tx.em.query(
      `SELECT purchaser_organ_id AS id FROM agreement WHERE municipality_id = $1 AND ($2::uuid[] IS NULL OR purchaser_organ_id = ANY($2))
       UNION SELECT provider_organ_id FROM agreement WHERE municipality_id = $1 AND ($2::uuid[] IS NULL OR provider_organ_id = ANY($2))`,
      [tx.municipalityId, ids ?? null],
    )) as Array<{ id: string }>;
    return new Set(rows.map((r) => r.id));
  },

  async shortNameTaken(tx: Tx, shortName: string, exceptId: string | null): Promise<boolean> {
    const [row] = (await tx.em.query(
      "SELECT 1 FROM organ WHERE municipality_id = $1 AND upper(short_name) = upper($2) AND ($3::uuid IS NULL OR id <> $3::uuid)",
      [tx.municipalityId, shortName, exceptId],
    )) as unknown[];
    return row !== undefined;
  },

  /** A new organ, or null when its short name was taken meanwhile (the unique constraint, waited on). */
  async insertOrgan(tx: Tx, organ: OrganFields): Promise<OrganEntity | null> {
    const [row] = (await tx.em.query(
      `INSERT INTO organ (municipality_id, name, short_name, kind) VALUES ($1, $2, $3, $4)
       ON CONFLICT (municipality_id, short_name) DO NOTHING RETURNING id`,
      [tx.municipalityId, organ.name, organ.shortName, organ.kind],
    )) as Array<{ id: string }>;
    return row ? tx.em.findOneByOrFail(OrganEntity, { id: row.id, municipalityId: tx.municipalityId }) : null;
  },

  async updateOrgan(tx: Tx, id: string, organ: OrganFields): Promise<OrganEntity> {
    await tx.em.update(OrganEntity, { id, municipalityId: tx.municipalityId }, organ);
    return tx.em.findOneByOrFail(OrganEntity, { id, municipalityId: tx.municipalityId });
  },

  async setOrganActive(tx: Tx, id: string, active: boolean): Promise<OrganEntity> {
    await tx.em.update(OrganEntity, { id, municipalityId: tx.municipalityId }, { active });
    return tx.em.findOneByOrFail(OrganEntity, { id, municipalityId: tx.municipalityId });
  },

  // --- the section template

  template(tx: Tx): Promise<SectionTemplateEntity[]> {
    return tx.em.find(SectionTemplateEntity, { where: { municipalityId: tx.municipalityId }, order: { position: "ASC" } });
  },

  /** The whole template anew, in this order; the caller holds the municipality's lock and bumps its version. */
  async replaceTemplate(tx: Tx, entries: readonly TemplateRow[], version: number): Promise<void> {
    await tx.em.delete(SectionTemplateEntity, { municipalityId: tx.municipalityId });
    await tx.em.insert(
      SectionTemplateEntity,
      entries.map((entry, position) => ({ ...entry, position, municipalityId: tx.municipalityId })),
    );
    await tx.em.update(MunicipalityEntity, { id: tx.municipalityId }, { templateVersion: version });
  },

  // --- settings

  requirements(tx: Tx): Promise<ResultRequirementEntity[]> {
    return tx.em.find(ResultRequirementEntity, { where: { municipalityId: tx.municipalityId }, order: { year: "ASC" } });
  },

  /** Settings and requirement changes each bump the settings version; the caller holds the municipality's lock. */
  async updateSettings(tx: Tx, changes: Partial<QueueSettings & { requirementKind: string; minMarginPercent: string }>, version: number) {
    await tx.em.update(MunicipalityEntity, { id: tx.municipalityId }, {
      ...changes,
      settingsVersion: version,
    } as Partial<MunicipalityEntity>);
  },

  async upsertRequirement(tx: Tx, year: number, requirement: RequirementSetting): Promise<void> {
    await tx.em.query(
      `INSERT INTO result_requirement (municipality_id, year, kind, min_margin_percent) VALUES ($1, $2, $3, $4)
       ON CONFLICT (municipality_id, year) DO UPDATE SET kind = excluded.kind, min_margin_percent = excluded.min_margin_percent`,
      [tx.municipalityId, year, requirement.kind, requirement.minMarginPercent],
    );
  },

  async deleteRequirement(tx: Tx, year: number): Promise<void> {
    await tx.em.delete(ResultRequirementEntity, { municipalityId: tx.municipalityId, year });
  },

  // --- the administration log

  /** Appends one change; `actorId` null is an operator at the command line. */
  async appendAudit(tx: Tx, actorId: string | null, change: AdminChange): Promise<void> {
    await tx.em.query(
      `INSERT INTO admin_audit (municipality_id, actor_id, action, target_type, target_id, summary, before, after)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        tx.municipalityId,
        actorId,
        change.action,
        change.target,
        change.targetId,
        change.summary,
        change.before ? JSON.stringify(change.before) : null,
        change.after ? JSON.stringify(change.after) : null,
      ],
    );
  },

  /** Newest first: by the order rows were appended (`seq`), which `at` cannot tell within one transaction. */
  auditLog(tx: Tx, page: { limit: number; offset: number }): Promise<AdminAuditEntity[]> {
    return tx.em.query(
      `SELECT id, municipality_id AS "municipalityId", actor_id AS "actorId", at, action, target_type AS "targetType",
              target_id AS "targetId", summary, before, after
         FROM admin_audit WHERE municipality_id = $1 ORDER BY seq DESC LIMIT $2 OFFSET $3`,
      [tx.municipalityId, page.limit, page.offset],
    ) as Promise<AdminAuditEntity[]>;
  },

  usersByIds(tx: Tx, ids: readonly string[]): Promise<UserEntity[]> {
    const unique = [...new Set(ids)];
    return unique.length === 0 ? Promise.resolve([]) : tx.em.findBy(UserEntity, { id: In(unique), municipalityId: tx.municipalityId });
  },
};
