import { badInput } from "../errors.js";
import { Decimal, parseMoney, type MoneyProblem } from "../money.js";
import { isoDate, optionalText, requiredText } from "../validation/input.js";
import { stockholmDate } from "../validation/meeting-date.js";
import { IndicatorDirection, warnAtOnBadSide } from "./indicator-status.js";
import type { ActionPlanInput, IndicatorInput, IndicatorValues } from "./follow-up.model.js";
import { ReportFrequency, overlapsTerm, parsePeriod, periodEndWithinTerm, type Period } from "./periods.js";

/** The checks of follow-up input; each throws BAD_USER_INPUT naming the field, before anything is written. */

const MAX_NAME = 200;
const MAX_UNIT = 40;
export const MAX_FOLLOW_UP_TEXT = 10_000;
const MAX_STEPS = 50;
const MAX_STEP = 1000;

/**
 * A measured value, target or threshold: an exact decimal string as the columns hold it (numeric(18, 6):
 * at most 12 digits before the point and 6 after), with a point, never a comma or an exponent.
 */
const MEASURE = /^-?\d{1,12}(\.\d{1,6})?$/;

export function measure(value: string | null | undefined, field: string, label: string): Decimal {
  const text = (value ?? "").trim();
  if (!/^-?\d+(\.\d+)?$/.test(text)) throw badInput(`${label} måste vara ett tal med punkt som decimaltecken, t.ex. "87.5"`, field);
  if (!MEASURE.test(text)) throw badInput(`${label} får ha högst 12 siffror före och 6 efter decimaltecknet`, field);
  return new Decimal(text);
}

/** A delivered volume: exact, not negative, within numeric(16, 6). */
export function volume(value: string | null | undefined, field: string): Decimal {
  const text = (value ?? "").trim();
  if (!/^\d{1,10}(\.\d{1,6})?$/.test(text))
    throw badInput("Volymen måste vara ett tal, 0 eller mer, med högst 10 siffror före och 6 efter decimaltecknet", field);
  return new Decimal(text);
}

const MONEY_MESSAGES: Record<MoneyProblem, string> = {
  notNumeric: 'Beloppet måste vara ett tal i kronor, t.ex. "1250000.00"',
  tooManyDecimals: "Beloppet får ha högst två decimaler (öre)",
  tooLarge: "Beloppet får inte överstiga 1 000 000 000 000 kr",
};

/** An actual cost: exact kronor and öre, not negative (server/money.ts's rules). */
export function cost(value: string | null | undefined, field: string): Decimal {
  const parsed = parseMoney(value ?? "");
  if (!parsed.ok) throw badInput(MONEY_MESSAGES[parsed.problem], field);
  if (parsed.value.isNegative()) throw badInput("Beloppet får inte vara negativt", field);
  return parsed.value;
}

/** The indicator's own fields; `sectionId` and `balanceLineId` are checked against the agreement by the command. */
export function indicatorFields(input: IndicatorInput): Omit<IndicatorValues, "sectionId" | "balanceLineId"> {
  const name = requiredText(input.name, "name", "Namnet", MAX_NAME);
  const unit = requiredText(input.unit, "unit", "Enheten", MAX_UNIT);
  if (!Object.values(IndicatorDirection).includes(input.direction)) throw badInput("Okänd riktning", "direction");
  if (!Object.values(ReportFrequency).includes(input.frequency)) throw badInput("Okänd frekvens", "frequency");
  const target = measure(input.target, "target", "Målvärdet");
  const warnAt =
    input.warnAt === null || input.warnAt === undefined || input.warnAt.trim() === ""
      ? null
      : measure(input.warnAt, "warnAt", "Varningsgränsen");
  if (!warnAtOnBadSide({ direction: input.direction, target, warnAt }))
    throw badInput(
      input.direction === IndicatorDirection.HIGHER_IS_BETTER
        ? "Varningsgränsen ska ligga under målvärdet när högre är bättre"
        : "Varningsgränsen ska ligga över målvärdet när lägre är bättre",
      "warnAt",
    );
  return { name, unit, direction: input.direction, target, warnAt, frequency: input.frequency };
}

/**
 * A period the provider can report for: one of the three forms, of `frequency` when given, overlapping the
 * agreement's term, and ended — its last day within the term before today (Europe/Stockholm).
 */
export function reportablePeriod(
  key: string,
  term: { periodStart: string; periodEnd: string },
  frequency: ReportFrequency | null,
  field = "period",
  today = stockholmDate(new Date()),
): Period {
  const period = parsePeriod((key ?? "").trim());
  if (!period) throw badInput('Perioden skrivs "2027" (år), "2027-Q1" (kvartal) eller "2027-03" (månad)', field);
  if (frequency !== null && period.frequency !== frequency) throw badInput(`Perioden ska vara ${FREQUENCY_WORD[frequency]}`, field);
  if (!overlapsTerm(period, term.periodStart, term.periodEnd))
    throw badInput(`Perioden ${period.key} ligger utanför överenskommelsens giltighetstid`, field);
  if (periodEndWithinTerm(period, term.periodEnd) >= today) throw badInput(`Perioden ${period.key} har inte tagit slut än`, field);
  return period;
}

const FREQUENCY_WORD: Record<ReportFrequency, string> = {
  [ReportFrequency.MONTHLY]: 'en månad, t.ex. "2027-03"',
  [ReportFrequency.QUARTERLY]: 'ett kvartal, t.ex. "2027-Q1"',
  [ReportFrequency.YEARLY]: 'ett år, t.ex. "2027"',
};

export const optionalComment = (value: string | null | undefined, field = "comment") =>
  optionalText(value, field, "Kommentaren", MAX_FOLLOW_UP_TEXT);

/** A plan's own fields; the owner is checked against the parties' organs by the command. */
export function actionPlanFields(input: ActionPlanInput) {
  const description = requiredText(input.description, "description", "Beskrivningen", MAX_FOLLOW_UP_TEXT);
  const dueDate = isoDate(input.dueDate, "dueDate", "Förfallodagen");
  const steps = (input.steps ?? []).map((step, i) => requiredText(step, `steps.${i}`, "Åtgärden", MAX_STEP));
  if (steps.length > MAX_STEPS) throw badInput(`Högst ${MAX_STEPS} åtgärder`, "steps");
  return { description, dueDate, steps };
}
