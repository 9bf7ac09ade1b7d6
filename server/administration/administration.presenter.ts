import { ResultRequirementKind } from "../identity/identity.model.js";
import { decimalOf } from "../money.js";
import type { RequirementSetting } from "./administration.model.js";
import type { AdminLogEntryView, SettingsView } from "./administration.queries.js";
import type { AdminLogEntryType, MunicipalitySettingsType } from "./administration.types.js";

/** A percentage becomes a GraphQL Float here, as the balance's requirement does (balance.presenter.ts). */
const percent = (r: RequirementSetting) => (r.kind === ResultRequirementKind.COST_PRICE ? 0 : decimalOf(r.minMarginPercent).toNumber());

export function presentSettings(view: SettingsView): MunicipalitySettingsType {
  return {
    ...view,
    defaultRequirement: { kind: view.defaultRequirement.kind, minMarginPercent: percent(view.defaultRequirement) },
    requirements: view.requirements.map((r) => ({ year: r.year, kind: r.kind, minMarginPercent: percent(r) })),
  };
}

export function presentLogEntry(entry: AdminLogEntryView): AdminLogEntryType {
  return {
    id: entry.id,
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    targetType: entry.targetType as AdminLogEntryType["targetType"],
    targetId: entry.targetId,
    summary: entry.summary,
    before: entry.before === null ? null : JSON.stringify(entry.before),
    after: entry.after === null ? null : JSON.stringify(entry.after),
  };
}
