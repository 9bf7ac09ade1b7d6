import type { SectionTemplateEntity } from "../agreements/agreement.entities.js";
import type { Tx } from "../db/database.js";
import { notFound } from "../errors.js";
import type { MunicipalityEntity, ResultRequirementEntity } from "../identity/identity.entities.js";
import type { ResultRequirementKind } from "../identity/identity.model.js";
import type { Command } from "../pipeline/command.js";
import { AdminTarget, adminSummaries, type AdminChange } from "./administration.events.js";
import type { RequirementSetting } from "./administration.model.js";
import { administrationStore as store, type QueueSettings, type TemplateRow } from "./administration.store.js";
import { budgetYear, queueSettings, requirementSetting, templateEntries } from "./administration.validation.js";
import { administers } from "./organs.commands.js";

/**
 * The section template and the settings. Each is guarded by a version on the municipality's row,
 * which these commands lock first: a change made against a stale version is CONFLICT, never merged.
 */

export interface TemplateEntryInput {
  /** An entry the template has (it keeps its key); absent for a new one. */
  key?: string | null;
  title: string;
  required: boolean;
}

const templateRecord = (entries: ReadonlyArray<Pick<SectionTemplateEntity, "key" | "title" | "required">>) => ({
  entries: entries.map(({ key, title, required }) => ({ key, title, required })),
});

/**
 * The whole template, in the order listed. It applies to agreements created from now on: an
 * agreement's sections are copied from the template when it is created, and keep their own titles.
 */
export const setSectionTemplate: Command<
  { entries: TemplateEntryInput[]; expectedVersion: number },
  { municipality: MunicipalityEntity; template: SectionTemplateEntity[] },
  TemplateRow[],
  number
> = {
  name: "setSectionTemplate",
  load: async ({ tx }) => ({ municipality: await store.lockMunicipality(tx), template: await store.template(tx) }),
  policy: administers,
  lifecycle: { refusal: "" },
  validate: (_ctx, { entries }, { template }) => templateEntries(entries, new Set(template.map((t) => t.key))),
  conflict: async (_ctx, { municipality }, { expectedVersion }) =>
    municipality.templateVersion === expectedVersion ? null : { currentVersion: municipality.templateVersion },
  async write({ tx }, { municipality, template }, entries) {
    const version = municipality.templateVersion + 1;
    await store.replaceTemplate(tx, entries, version);
    const change: AdminChange = {
      action: "setSectionTemplate",
      target: AdminTarget.SECTION_TEMPLATE,
      targetId: null,
      summary: adminSummaries.templateSet(entries.length),
      before: templateRecord(template),
      after: templateRecord(entries),
    };
    return { result: version, audit: [change] };
  },
};

interface SettingsTarget {
  municipality: MunicipalityEntity;
  requirements: ResultRequirementEntity[];
}

const settingsRecord = ({ municipality: m, requirements }: SettingsTarget) => ({
  queueWarnDays: m.queueWarnDays,
  queueOverdueDays: m.queueOverdueDays,
  passwordLoginAllowed: m.passwordLoginAllowed,
  followUpDueDays: m.followUpDueDays,
  strategicValueMediumFrom: m.strategicValueMediumFrom,
  strategicValueHighFrom: m.strategicValueHighFrom,
  defaultRequirement: { kind: m.requirementKind, minMarginPercent: m.minMarginPercent },
  requirements: requirements.map((r) => ({ year: r.year, kind: r.kind, minMarginPercent: r.minMarginPercent })),
});

/** A settings command: loads under the municipality's lock, checks the version, writes, and logs before and after. */
function settingsCommand<I extends { expectedVersion: number }, V>(
  name: string,
  steps: {
    validate(input: I, target: SettingsTarget): V;
    check?(input: I, target: SettingsTarget): void;
    write(tx: Tx, valid: V, version: number): Promise<void>;
    summary(valid: V): string;
  },
): Command<I, SettingsTarget, V, number> {
  return {
    name,
    async load({ tx }, input) {
      const target = { municipality: await store.lockMunicipality(tx), requirements: await store.requirements(tx) };
      steps.check?.(input, target);
      return target;
    },
    policy: administers,
    lifecycle: { refusal: "" },
    validate: (_ctx, input, target) => steps.validate(input, target),
    conflict: async (_ctx, { municipality }, { expectedVersion }) =>
      municipality.settingsVersion === expectedVersion ? null : { currentVersion: municipality.settingsVersion },
    async write({ tx }, target, valid) {
      const version = target.municipality.settingsVersion + 1;
      await steps.write(tx, valid, version);
      const after = { municipality: await store.municipality(tx), requirements: await store.requirements(tx) };
      const change: AdminChange = {
        action: name,
        target: AdminTarget.SETTINGS,
        targetId: null,
        summary: steps.summary(valid),
        before: settingsRecord(target),
        after: settingsRecord(after),
      };
      return { result: version, audit: [change] };
    },
  };
}

export const updateMunicipalitySettings = settingsCommand<{ input: QueueSettings; expectedVersion: number }, QueueSettings>(
  "updateMunicipalitySettings",
  {
    validate: ({ input }, { municipality }) => queueSettings(input, municipality),
    write: (tx, settings, version) => store.updateSettings(tx, settings, version),
    summary: (settings) => adminSummaries.settingsUpdated(settings),
  },
);

interface RequirementInput {
  kind: ResultRequirementKind;
  minMarginPercent?: string | null;
}

/** The requirement of every budget year that has none of its own. */
export const setDefaultResultRequirement = settingsCommand<{ input: RequirementInput; expectedVersion: number }, RequirementSetting>(
  "setDefaultResultRequirement",
  {
    validate: ({ input }) => requirementSetting(input),
    write: (tx, r, version) => store.updateSettings(tx, { requirementKind: r.kind, minMarginPercent: r.minMarginPercent }, version),
    summary: (r) => adminSummaries.defaultRequirementSet(r),
  },
);

/** The requirement of one budget year (Österåker: 1 % in 2026, rising a point a year to 5 %). */
export const setResultRequirement = settingsCommand<
  { year: number; input: RequirementInput; expectedVersion: number },
  { year: number; requirement: RequirementSetting }
>("setResultRequirement", {
  validate: ({ year, input }) => ({ year: budgetYear(year), requirement: requirementSetting(input) }),
  async write(tx, { year, requirement }, version) {
    await store.upsertRequirement(tx, year, requirement);
    await store.updateSettings(tx, {}, version);
  },
  summary: ({ year, requirement }) => adminSummaries.requirementSet(year, requirement),
});

/** A year without a row of its own is judged by the latest earlier year's, else by the default. */
export const removeResultRequirement = settingsCommand<{ year: number; expectedVersion: number }, number>("removeResultRequirement", {
  check: ({ year }, { requirements }) => {
    if (!requirements.some((r) => r.year === year)) throw notFound(`Resultatkravet för ${year}`);
  },
  validate: ({ year }) => year,
  async write(tx, year, version) {
    await store.deleteRequirement(tx, year);
    await store.updateSettings(tx, {}, version);
  },
  summary: (year) => adminSummaries.requirementRemoved(year),
});
