import { badInput } from "../errors.js";
import { optionalText, requiredText } from "../validation/input.js";
import { BalanceLineKind, type CalculationModelInput, type LineInput, type LineValues } from "./balance.model.js";
import { lineAmount } from "./balance.totals.js";
import { calculateCompensation } from "./calculation-model.js";
import { Decimal, MAX_AMOUNT, decimalOfNumber, moneyString, parseMoney, type MoneyProblem } from "../money.js";

const MAX_DESCRIPTION = 200;
const MAX_UNIT = 40;
/** A volume beyond a billion units is a typo, not a plan. */
const MAX_VOLUME = new Decimal("1e9");
const MAX_VOLUME_DECIMALS = 6;
const MAX_PERCENT_DECIMALS = 4;

const MONEY_MESSAGES: Record<MoneyProblem, string> = {
  notNumeric: "Beloppet måste vara ett tal",
  tooManyDecimals: "Beloppet får ha högst två decimaler (öre)",
  tooLarge: "Beloppet får inte överstiga 1 000 000 000 000 kr",
};

/** An optional, non-negative amount of money; null when absent. */
function money(value: string | null | undefined, field: string): Decimal | null {
  if (value === null || value === undefined || value === "") return null;
  const parsed = parseMoney(value);
  if (!parsed.ok) throw badInput(MONEY_MESSAGES[parsed.problem], field);
  if (parsed.value.isNegative()) throw badInput("Beloppet får inte vara negativt", field);
  return parsed.value;
}

function volumeOf(value: number | null | undefined, field: string): Decimal | null {
  if (value === null || value === undefined) return null;
  if (!Number.isFinite(value)) throw badInput("Volymen måste vara ett tal", field);
  const volume = decimalOfNumber(value);
  if (volume.isNegative()) throw badInput("Volymen får inte vara negativ", field);
  if (volume.gt(MAX_VOLUME)) throw badInput("Volymen får vara högst 1 000 000 000", field);
  if (volume.decimalPlaces() > MAX_VOLUME_DECIMALS) throw badInput(`Volymen får ha högst ${MAX_VOLUME_DECIMALS} decimaler`, field);
  return volume;
}

/**
 * Checks one line and computes its amount by the rounding rule. SCOPE: volume × cost per unit.
 * RESOURCE: volume × rate when a rate is given, else a fixed amount. The first problem is reported
 * with its field name; `prefix` places it inside a larger input, e.g. "changes.2.line.".
 */
export function validateLine(input: LineInput, prefix = ""): LineValues {
  const field = (name: string) => `${prefix}${name}`;
  if (input.kind !== BalanceLineKind.SCOPE && input.kind !== BalanceLineKind.RESOURCE) throw badInput("Okänd radtyp", field("kind"));
  const description = requiredText(input.description, field("description"), "Beskrivningen", MAX_DESCRIPTION);
  const unit = optionalText(input.unit, field("unit"), "Enheten", MAX_UNIT);
  const volume = volumeOf(input.volume, field("volume"));
  const unitAmount = money(input.unitAmount, field("unitAmount"));
  const fixed = money(input.amount, field("amount"));

  if (input.kind === BalanceLineKind.SCOPE || unitAmount !== null) {
    if (volume === null) throw badInput("Ange volym", field("volume"));
    if (unitAmount === null) throw badInput("Ange kostnad per enhet", field("unitAmount"));
    if (fixed !== null) throw badInput("Beloppet räknas fram som volym × belopp per enhet; ange inte båda", field("amount"));
  } else if (fixed === null) {
    throw badInput("Ange ett fast belopp, eller volym och belopp per enhet", field("amount"));
  }
  const amount = lineAmount(volume, unitAmount, fixed);
  if (amount.gt(MAX_AMOUNT)) throw badInput(MONEY_MESSAGES.tooLarge, field(fixed ? "amount" : "unitAmount"));
  return {
    kind: input.kind,
    description,
    volume: volume === null ? null : volume.toFixed(),
    unit,
    unitAmount: unitAmount === null ? null : moneyString(unitAmount),
    amount: moneyString(amount),
  };
}

function percent(value: number, field: string, label: string, min: number, max: number): void {
  if (!Number.isFinite(value)) throw badInput(`${label} måste vara ett tal`, field);
  if (value < min || value > max) throw badInput(`${label} måste ligga mellan ${min} och ${max} %`, field);
  if (decimalOfNumber(value).decimalPlaces() > MAX_PERCENT_DECIMALS)
    throw badInput(`${label} får ha högst ${MAX_PERCENT_DECIMALS} decimaler`, field);
}

export function validateCalculationModel(input: CalculationModelInput): CalculationModelInput {
  const cost = money(input.priorYearCost, "priorYearCost");
  if (cost === null) throw badInput("Ange föregående års driftkostnad", "priorYearCost");
  percent(input.volumeChangePercent, "volumeChangePercent", "Volymförändringen", -100, 1000);
  percent(input.efficiencyPercent, "efficiencyPercent", "Effektiviseringskravet", 0, 100);
  percent(input.indexUpliftPercent, "indexUpliftPercent", "Indexuppräkningen", -100, 1000);
  const model = { ...input, priorYearCost: moneyString(cost) };
  if (new Decimal(calculateCompensation(model).suggestedCompensation).gt(MAX_AMOUNT))
    throw badInput(MONEY_MESSAGES.tooLarge, "priorYearCost");
  return model;
}
