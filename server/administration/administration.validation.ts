import { badInput } from "../errors.js";
import { OrganKind, ResultRequirementKind, Role } from "../identity/identity.model.js";
import { Decimal, moneyString, parseMoney, type MoneyProblem } from "../money.js";
import { requiredText } from "../validation/input.js";
import {
  MARGIN_BOUNDS,
  QUEUE_DAYS_MAX,
  SHORT_NAME,
  YEAR_BOUNDS,
  isEmail,
  normalizeShortName,
  sectionKeyOf,
  type RequirementSetting,
} from "./administration.model.js";
import type { OrganFields, QueueSettings, RoleRow, TemplateRow } from "./administration.store.js";

/** The checks of administrative input; each throws BAD_USER_INPUT naming the field, before anything is written. */

const MAX_NAME = 200;
const MAX_ROLES = 100;
const MAX_TEMPLATE_ENTRIES = 50;

export function organFields(input: { name: string; shortName: string; kind: OrganKind }): OrganFields {
  const name = requiredText(input.name, "name", "Namnet", MAX_NAME);
  const shortName = normalizeShortName(input.shortName ?? "");
  if (!SHORT_NAME.test(shortName))
    throw badInput("Kortnamnet ska vara 1–10 versaler (A–Ö) och siffror och börja med en bokstav, t.ex. VON", "shortName");
  if (!Object.values(OrganKind).includes(input.kind)) throw badInput("Okänd organtyp", "kind");
  return { name, shortName, kind: input.kind };
}

export function userFields(input: { name: string; email: string }): { name: string; email: string } {
  const name = requiredText(input.name, "name", "Namnet", MAX_NAME);
  const email = (input.email ?? "").trim().toLowerCase();
  if (!isEmail(email)) throw badInput("Ange en giltig e-postadress, t.ex. namn@kommun.se", "email");
  return { name, email };
}

/** The roles as a set: a role named twice in one organ counts once. */
export function roleSet(roles: ReadonlyArray<{ role: Role; organId: string }>): RoleRow[] {
  if (roles.length > MAX_ROLES) throw badInput(`Högst ${MAX_ROLES} roller`, "roles");
  const seen = new Map<string, RoleRow>();
  for (const { role, organId } of roles) {
    if (!Object.values(Role).includes(role)) throw badInput("Okänd roll", "roles");
    seen.set(`${role}:${organId}`, { role, organId });
  }
  return [...seen.values()];
}

/**
 * The template as listed: each entry names its key when it is one the template has (it keeps it),
 * or none when new (a key is made from its title). Titles are unique, as the sections' headings.
 */
export function templateEntries(
  entries: ReadonlyArray<{ key?: string | null; title: string; required: boolean }>,
  existingKeys: ReadonlySet<string>,
): TemplateRow[] {
  if (entries.length === 0) throw badInput("Mallen behöver minst ett avsnitt", "entries");
  if (entries.length > MAX_TEMPLATE_ENTRIES) throw badInput(`Mallen kan ha högst ${MAX_TEMPLATE_ENTRIES} avsnitt`, "entries");
  const kept = new Set<string>();
  const titles = new Set<string>();
  const checked = entries.map((entry, i) => {
    const title = requiredText(entry.title, `entries.${i}.title`, "Rubriken", MAX_NAME);
    if (titles.has(title.toLocaleLowerCase("sv-SE"))) throw badInput("Två avsnitt har samma rubrik", `entries.${i}.title`);
    titles.add(title.toLocaleLowerCase("sv-SE"));
    const key = entry.key ?? null;
    if (key !== null) {
      if (!existingKeys.has(key)) throw badInput("Avsnittet finns inte i mallen; ladda om sidan", `entries.${i}.key`);
      if (kept.has(key)) throw badInput("Samma avsnitt finns två gånger", `entries.${i}.key`);
      kept.add(key);
    }
    return { key, title, required: entry.required === true };
  });
  const taken = new Set(kept);
  return checked.map((entry) => {
    const key = entry.key ?? sectionKeyOf(entry.title, taken);
    taken.add(key);
    return { ...entry, key };
  });
}

const PERCENT = /^-?\d{1,3}(\.\d{1,2})?$/;

/** MIN_MARGIN needs a percentage (exact, two decimals at most, a decimal comma is fine); COST_PRICE takes none. */
export function requirementSetting(input: { kind: ResultRequirementKind; minMarginPercent?: string | null }): RequirementSetting {
  if (!Object.values(ResultRequirementKind).includes(input.kind)) throw badInput("Okänt slags resultatkrav", "kind");
  if (input.kind === ResultRequirementKind.COST_PRICE) return { kind: input.kind, minMarginPercent: "0" };
  const text = (input.minMarginPercent ?? "").trim().replace(",", ".");
  if (text === "") throw badInput("Ange den lägsta marginalen i procent", "minMarginPercent");
  if (!PERCENT.test(text)) throw badInput("Marginalen anges i procent med högst två decimaler, t.ex. 1,5", "minMarginPercent");
  const percent = new Decimal(text);
  if (percent.lt(MARGIN_BOUNDS.min) || percent.gt(MARGIN_BOUNDS.max))
    throw badInput(`Marginalen ska vara mellan ${MARGIN_BOUNDS.min} och ${MARGIN_BOUNDS.max} %`, "minMarginPercent");
  return { kind: input.kind, minMarginPercent: percent.toFixed(2) };
}

export function budgetYear(year: number): number {
  if (!Number.isInteger(year) || year < YEAR_BOUNDS.min || year > YEAR_BOUNDS.max)
    throw badInput(`Året ska vara mellan ${YEAR_BOUNDS.min} och ${YEAR_BOUNDS.max}`, "year");
  return year;
}

/** A follow-up period's report is due at most a year after the period (the column checks the same). */
const FOLLOW_UP_DUE_DAYS_MAX = 365;

const MONEY_PROBLEMS: Record<MoneyProblem, string> = {
  notNumeric: "Ange beloppet i kronor, t.ex. 5000000 eller 5000000.50",
  tooManyDecimals: "Ange beloppet med högst två decimaler (öre)",
  tooLarge: "Beloppet får vara högst 1 000 000 000 000 kr",
};

/** A threshold as given (the Money scalar has parsed it; checked again, as the command does not know its caller). */
function threshold(value: string, field: string): Decimal {
  const parsed = parseMoney(String(value));
  if (!parsed.ok) throw badInput(MONEY_PROBLEMS[parsed.problem], field);
  if (parsed.value.isNegative()) throw badInput("Beloppet får inte vara negativt", field);
  return parsed.value;
}

/**
 * The value classes' thresholds: either may be given alone, and is then judged against the other as
 * it is. Both are answered (as canonical money strings) when either is given, none when neither is.
 */
function valueThresholds(
  input: Pick<QueueSettings, "strategicValueMediumFrom" | "strategicValueHighFrom">,
  current: { strategicValueMediumFrom: string; strategicValueHighFrom: string },
): { strategicValueMediumFrom: string; strategicValueHighFrom: string } | null {
  const given = (value: string | null | undefined) => value !== null && value !== undefined;
  const mediumGiven = given(input.strategicValueMediumFrom);
  const highGiven = given(input.strategicValueHighFrom);
  if (!mediumGiven && !highGiven) return null;
  const medium = mediumGiven
    ? threshold(input.strategicValueMediumFrom!, "strategicValueMediumFrom")
    : new Decimal(current.strategicValueMediumFrom);
  const high = highGiven ? threshold(input.strategicValueHighFrom!, "strategicValueHighFrom") : new Decimal(current.strategicValueHighFrom);
  if (medium.gte(high))
    throw badInput(
      "Gränsen för hög värdeklass måste vara större än gränsen för medel",
      highGiven ? "strategicValueHighFrom" : "strategicValueMediumFrom",
    );
  return { strategicValueMediumFrom: moneyString(medium), strategicValueHighFrom: moneyString(high) };
}

export function queueSettings(
  input: QueueSettings,
  current: { strategicValueMediumFrom: string; strategicValueHighFrom: string },
): QueueSettings {
  const days = (value: number, field: string) => {
    if (!Number.isInteger(value) || value < 1 || value > QUEUE_DAYS_MAX) throw badInput(`Ange 1–${QUEUE_DAYS_MAX} dagar`, field);
    return value;
  };
  const queueWarnDays = days(input.queueWarnDays, "queueWarnDays");
  const queueOverdueDays = days(input.queueOverdueDays, "queueOverdueDays");
  if (queueWarnDays >= queueOverdueDays) throw badInput("Varningen måste komma före förseningen", "queueOverdueDays");
  if (typeof input.passwordLoginAllowed !== "boolean") throw badInput("Ange ja eller nej", "passwordLoginAllowed");
  const dueDays = input.followUpDueDays;
  if (dueDays !== null && dueDays !== undefined && (!Number.isInteger(dueDays) || dueDays < 0 || dueDays > FOLLOW_UP_DUE_DAYS_MAX))
    throw badInput(`Ange 0–${FOLLOW_UP_DUE_DAYS_MAX} dagar`, "followUpDueDays");
  const thresholds = valueThresholds(input, current);
  return {
    queueWarnDays,
    queueOverdueDays,
    passwordLoginAllowed: input.passwordLoginAllowed,
    ...(dueDays === null || dueDays === undefined ? {} : { followUpDueDays: dueDays }),
    ...(thresholds ?? {}),
  };
}
