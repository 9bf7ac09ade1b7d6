import { OrganKind, ResultRequirementKind, Role } from "../identity/identity.model.js";

/**
 * The rules of administration, free of I/O: the organs a new municipality starts with, what a short
 * name and a section key look like, what a result requirement may be, and the one administrator a
 * municipality must always keep.
 */

/** What every new municipality starts with (issue 11): KF, KS, one beställarnämnd and PS; the admin changes them later. */
export const STANDARD_ORGANS: ReadonlyArray<{ shortName: string; name: string; kind: OrganKind }> = [
  { shortName: "KF", name: "Kommunfullmäktige", kind: OrganKind.KOMMUNFULLMAKTIGE },
  { shortName: "KS", name: "Kommunstyrelsen", kind: OrganKind.KOMMUNSTYRELSE },
  { shortName: "VON", name: "Vård- och omsorgsnämnden", kind: OrganKind.BESTALLARNAMND },
  { shortName: "PS", name: "Produktionsstyrelsen", kind: OrganKind.PRODUKTIONSSTYRELSE },
];

/** The organ the first administrator holds ADMIN in. */
export const ADMIN_ORGAN = "KS";

/**
 * A short name starts every diarienummer of the organ (`VON 2026/0042`): capital letters A–Ö and
 * digits, starting with a letter, at most 10. Written in any case, kept in capitals, so that "von"
 * and "VON" are the same name.
 */
export const SHORT_NAME = /^[A-ZÅÄÖ][A-ZÅÄÖ0-9]{0,9}$/;
export const normalizeShortName = (value: string): string => value.trim().toLocaleUpperCase("sv-SE");

/** An e-mail address as people type them: something@domain.tld, no spaces; kept in lower case (sign-in ignores case). */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const EMAIL_MAX = 254;
export const isEmail = (value: string): boolean => value.length <= EMAIL_MAX && EMAIL.test(value);

/**
 * A new template entry's key, from its title: lower case a–z, digits and hyphens (å, ä → a, ö → o),
 * made unique among `taken` with -2, -3 …. Keys name an agreement's sections; an entry keeps its key
 * whatever its title later becomes.
 */
export function sectionKeyOf(title: string, taken: ReadonlySet<string>): string {
  const base =
    title
      .toLocaleLowerCase("sv-SE")
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40)
      .replace(/-+$/, "") || "avsnitt";
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}

/** The bounds of a minimum margin, in percent with at most two decimals. */
export const MARGIN_BOUNDS = { min: -100, max: 100 } as const;
/** Budget years a requirement can be set for (the table's check). */
export const YEAR_BOUNDS = { min: 2000, max: 2100 } as const;
/** Days in the escalation queue before its age badge warns, and before it is overdue. */
export const QUEUE_DAYS_MAX = 365;

export interface RequirementSetting {
  kind: ResultRequirementKind;
  /** Exact decimal string; "0" for COST_PRICE. */
  minMarginPercent: string;
}

/** The role a municipality can never be without, among its active users. */
export const KEPT_ROLE = Role.ADMIN;

/**
 * Whether a change would leave the municipality without an active administrator: `admins` are the
 * active users holding ADMIN now, `userId` the one the change concerns, `keepsAdmin` whether they
 * still would afterwards (false when they are deactivated or lose the role).
 */
export const leavesNoAdmin = (admins: readonly string[], userId: string, keepsAdmin: boolean): boolean =>
  !keepsAdmin && admins.length > 0 && admins.every((id) => id === userId);

export const LAST_ADMIN_REFUSAL = "Kommunen måste ha minst en aktiv administratör; utse en annan först";
