import type { Tx } from "../db/database.js";
import type { AdminAuditEntity, UserEntity } from "../identity/identity.entities.js";
import type { Actor, ResultRequirementKind } from "../identity/identity.model.js";
import { administrationPolicy } from "../policies/administration.policy.js";
import { assertAllowed } from "../policies/policy.js";
import { LIST_CAPS } from "../validation/input.js";
import type { RequirementSetting } from "./administration.model.js";
import { administrationStore as store, type TemplateRow } from "./administration.store.js";

export interface SectionTemplateView {
  version: number;
  entries: Array<TemplateRow & { position: number }>;
}

export interface SettingsView {
  version: number;
  queueWarnDays: number;
  queueOverdueDays: number;
  passwordLoginAllowed: boolean;
  followUpDueDays: number;
  /** Kronor, exact decimal strings. */
  strategicValueMediumFrom: string;
  strategicValueHighFrom: string;
  defaultRequirement: RequirementSetting;
  requirements: Array<RequirementSetting & { year: number }>;
}

export interface AdminLogEntryView extends AdminAuditEntity {
  actor: UserEntity | null;
}

/** What the administration reads: users, the template, settings and the log. */
export const administrationQueries = {
  /** Every user of the municipality, inactive ones too, by name. */
  users(tx: Tx, actor: Actor): Promise<UserEntity[]> {
    assertAllowed(administrationPolicy.mayReadAdministration(actor), administrationPolicy.readRefusal);
    return store.users(tx, LIST_CAPS.users);
  },

  async sectionTemplate(tx: Tx, actor: Actor): Promise<SectionTemplateView> {
    assertAllowed(administrationPolicy.mayReadSectionTemplate(actor));
    return templateView(tx);
  },

  async settings(tx: Tx, actor: Actor): Promise<SettingsView> {
    assertAllowed(administrationPolicy.mayReadAdministration(actor), administrationPolicy.readRefusal);
    return settingsView(tx);
  },

  /** The organs some agreement names (their short names are locked); no secret from whoever sees the organs. */
  organsInUse(tx: Tx): Promise<Set<string>> {
    return store.organsInUse(tx);
  },

  /** Newest first, a page at a time. */
  async log(tx: Tx, actor: Actor, page: { limit: number; offset: number }): Promise<AdminLogEntryView[]> {
    assertAllowed(administrationPolicy.mayReadAdministration(actor), administrationPolicy.readRefusal);
    const entries = await store.auditLog(tx, page);
    const actors = new Map(
      (
        await store.usersByIds(
          tx,
          entries.flatMap((e) => (e.actorId ? [e.actorId] : [])),
        )
      ).map((u) => [u.id, u]),
    );
    return entries.map((entry) => ({ ...entry, actor: entry.actorId ? (actors.get(entry.actorId) ?? null) : null }));
  },
};

/** The template as it is now; also the answer to a change of it, read in that command's transaction. */
export async function templateView(tx: Tx): Promise<SectionTemplateView> {
  const municipality = await store.municipality(tx);
  const entries = await store.template(tx);
  return {
    version: municipality.templateVersion,
    entries: entries.map(({ key, title, required, position }) => ({ key, title, required, position })),
  };
}

/** The settings as they are now; also the answer to a change of them. */
export async function settingsView(tx: Tx): Promise<SettingsView> {
  const m = await store.municipality(tx);
  const requirements = await store.requirements(tx);
  return {
    version: m.settingsVersion,
    queueWarnDays: m.queueWarnDays,
    queueOverdueDays: m.queueOverdueDays,
    passwordLoginAllowed: m.passwordLoginAllowed,
    followUpDueDays: m.followUpDueDays,
    strategicValueMediumFrom: m.strategicValueMediumFrom,
    strategicValueHighFrom: m.strategicValueHighFrom,
    defaultRequirement: { kind: m.requirementKind, minMarginPercent: m.minMarginPercent },
    requirements: requirements.map((r) => ({ year: r.year, kind: r.kind as ResultRequirementKind, minMarginPercent: r.minMarginPercent })),
  };
}
