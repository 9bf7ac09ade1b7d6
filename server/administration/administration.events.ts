import { ResultRequirementKind } from "../identity/identity.model.js";
import { formatSek } from "../money.js";
import type { RequirementSetting } from "./administration.model.js";

/** What an administrative change concerns: the kind of thing, for the log's readers. */
export enum AdminTarget {
  MUNICIPALITY = "MUNICIPALITY",
  ORGAN = "ORGAN",
  USER = "USER",
  SECTION_TEMPLATE = "SECTION_TEMPLATE",
  SETTINGS = "SETTINGS",
  SINGLE_SIGN_ON = "SINGLE_SIGN_ON",
}

/**
 * One administrative change as a command's write returns it (`Effects.audit`); the runner appends it
 * to `admin_audit` in the same transaction, with the caller as its actor. The command line writes it
 * with no actor (an operator). `action` is the command's name.
 */
export interface AdminChange {
  action: string;
  target: AdminTarget;
  targetId: string | null;
  /** In Swedish: the record. */
  summary: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

const requirementText = (r: RequirementSetting) =>
  r.kind === ResultRequirementKind.COST_PRICE
    ? "självkostnad (marginal ≥ 0 %)"
    : `minst ${r.minMarginPercent.replace(".", ",")} % marginal`;

/** The Swedish summaries of the administration log. */
export const adminSummaries = {
  municipalityCreated: (name: string) => `Kommunen ${name} skapades`,
  organCreated: (name: string, shortName: string) => `Organet ${name} (${shortName}) skapades`,
  organUpdated: (name: string, shortName: string) => `Organet ${name} (${shortName}) ändrades`,
  organDeactivated: (name: string) => `Organet ${name} inaktiverades`,
  organReactivated: (name: string) => `Organet ${name} återaktiverades`,
  userCreated: (name: string, email: string) => `Användaren ${name} (${email}) skapades och bjöds in`,
  linkIssued: (name: string, reset: boolean) =>
    reset ? `En ny länk för att byta lösenord skapades åt ${name}` : `En ny inbjudan skapades åt ${name}`,
  rolesSet: (name: string) => `Roller för ${name} ändrades`,
  userDeactivated: (name: string) => `Användaren ${name} inaktiverades och loggades ut`,
  userReactivated: (name: string) => `Användaren ${name} återaktiverades`,
  templateSet: (count: number) => `Avsnittsmallen ändrades (${count} avsnitt)`,
  settingsUpdated: (s: { strategicValueMediumFrom?: string | null; strategicValueHighFrom?: string | null }) =>
    s.strategicValueMediumFrom && s.strategicValueHighFrom
      ? `Inställningarna ändrades; värdeklass medel från ${formatSek(s.strategicValueMediumFrom)}, hög från ${formatSek(s.strategicValueHighFrom)}`
      : "Inställningarna ändrades",
  defaultRequirementSet: (r: RequirementSetting) => `Resultatkravet för år utan eget krav sattes till ${requirementText(r)}`,
  requirementSet: (year: number, r: RequirementSetting) => `Resultatkravet för ${year} sattes till ${requirementText(r)}`,
  requirementRemoved: (year: number) => `Resultatkravet för ${year} togs bort`,
};
