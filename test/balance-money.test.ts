import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BalanceLineKind, type LineInput } from "../server/balance/balance.model.js";
import { computeTotals } from "../server/balance/balance.totals.js";
import { validateLine } from "../server/balance/balance.validation.js";
import { calculateCompensation } from "../server/balance/calculation-model.js";
import { formatSek, moneyString, parseMoney, Decimal } from "../server/money.js";
import { ResultRequirementKind } from "../server/identity/identity.model.js";
import { createAgreement } from "./support/agreements.js";
import { ADD_LINE, readBalance } from "./support/balance.js";
import { seedMunicipality } from "./support/factories.js";
import { asOwner } from "./support/owner.js";
import { actor, ok } from "./support/graphql.js";
import { useTestServer } from "./support/server.js";

/*
 * The reference is integer arithmetic in öre with BigInt, written independently of money.ts: a line is
 * volume × unitAmount rounded half away from zero to öre; totals are exact sums of those.
 */

const pow10 = (k: number) => 10n ** BigInt(k);
/** n / d rounded half away from zero, for d > 0. */
function divRound(n: bigint, d: bigint): bigint {
  const q = ((n < 0n ? -n : n) * 2n + d) / (2n * d);
  return n < 0n ? -q : q;
}
const ore = (value: bigint) => {
  const sign = value < 0n ? "-" : "";
  const abs = value < 0n ? -value : value;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
};

interface GeneratedLine {
  kind: BalanceLineKind;
  /** volume = volumeDigits / 10^volumeScale */
  volumeDigits: bigint;
  volumeScale: number;
  unitOre: bigint | null;
  fixedOre: bigint;
}

const lineArb: fc.Arbitrary<GeneratedLine> = fc.record({
  kind: fc.constantFrom(BalanceLineKind.SCOPE, BalanceLineKind.RESOURCE),
  volumeDigits: fc.bigInt({ min: 0n, max: 99_999_999n }),
  volumeScale: fc.integer({ min: 0, max: 3 }),
  unitOre: fc.option(fc.bigInt({ min: 0n, max: 99_999_999n }), { nil: null }), // up to 999 999,99 kr per unit
  fixedOre: fc.bigInt({ min: 0n, max: 10n ** 14n }), // up to 10^12 kr
});

function volumeOf(line: GeneratedLine): number {
  const digits = line.volumeDigits.toString().padStart(line.volumeScale + 1, "0");
  const text = line.volumeScale === 0 ? digits : `${digits.slice(0, -line.volumeScale)}.${digits.slice(-line.volumeScale)}`;
  return Number(text);
}

function toInput(line: GeneratedLine, i: number): LineInput {
  const unitOre = line.kind === BalanceLineKind.SCOPE ? (line.unitOre ?? 0n) : line.unitOre;
  if (unitOre === null) return { kind: line.kind, description: `Rad ${i}`, amount: ore(line.fixedOre) };
  return { kind: line.kind, description: `Rad ${i}`, volume: volumeOf(line), unit: "st", unitAmount: ore(unitOre) };
}

function referenceAmount(line: GeneratedLine): bigint {
  const unitOre = line.kind === BalanceLineKind.SCOPE ? (line.unitOre ?? 0n) : line.unitOre;
  if (unitOre === null) return line.fixedOre;
  return divRound(line.volumeDigits * unitOre, pow10(line.volumeScale));
}

function reference(lines: GeneratedLine[], minMarginHundredths: bigint, kind: ResultRequirementKind) {
  let cost = 0n;
  let compensation = 0n;
  for (const line of lines) {
    if (line.kind === BalanceLineKind.SCOPE) cost += referenceAmount(line);
    else compensation += referenceAmount(line);
  }
  const difference = compensation - cost;
  const margin = compensation === 0n ? null : divRound(difference * 10_000n, compensation);
  const requirementMet =
    kind === ResultRequirementKind.COST_PRICE
      ? difference >= 0n
      : compensation > 0n && difference * 10_000n >= compensation * minMarginHundredths;
  return {
    cost: ore(cost),
    compensation: ore(compensation),
    difference: ore(difference),
    marginPercent: margin === null ? null : ore(margin),
    requirementMet,
  };
}

describe("money is exact", () => {
  it("totals equal the exact sum of the lines, each rounded half away from zero to öre", () => {
    fc.assert(
      fc.property(
        fc.array(lineArb, { maxLength: 12 }),
        fc.bigInt({ min: 0n, max: 1_000n }),
        fc.constantFrom(ResultRequirementKind.MIN_MARGIN, ResultRequirementKind.COST_PRICE),
        (lines, minMargin, kind) => {
          const valid = lines.filter((line) => referenceAmount(line) <= 10n ** 14n);
          const values = valid.map((line, i) => validateLine(toInput(line, i)));
          expect(values.map((v) => v.amount)).toEqual(valid.map((line) => ore(referenceAmount(line))));
          const totals = computeTotals(values, { kind, minMarginPercent: ore(minMargin) });
          expect(totals).toEqual(reference(valid, minMargin, kind));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("rounds exactly at the half öre, where floats do not", () => {
    const amount = (volume: number, unitAmount: string) =>
      validateLine({ kind: BalanceLineKind.SCOPE, description: "x", volume, unitAmount }).amount;
    expect(amount(1.005, "1.00")).toBe("1.01"); // 1.005 * 1 in floats is 1.00499999…
    expect(amount(0.5, "0.01")).toBe("0.01");
    expect(amount(0.5, "0.03")).toBe("0.02");
    expect(amount(1234.5, "412.37")).toBe("509070.77");
    expect(amount(0.1, "0.30")).toBe("0.03"); // 0.1 * 0.3 = 0.030000000000000002 in floats
  });

  it("parses, prints and formats amounts without losing an öre", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), (value) => {
        const text = ore(value);
        const parsed = parseMoney(text);
        expect(parsed.ok && moneyString(parsed.value)).toBe(text);
        // Intl formats a Number exactly while it has at most 15 significant digits.
        const viaFloat = new Intl.NumberFormat("sv-SE", { style: "currency", currency: "SEK" }).format(Number(text));
        expect(formatSek(text)).toBe(viaFloat);
      }),
      { numRuns: 2000 },
    );
    expect(formatSek("1250000")).toBe("1\u00a0250\u00a0000,00\u00a0kr");
    expect(formatSek("-0.50")).toBe("−0,50\u00a0kr");
    expect(parseMoney("1000000000000.01")).toEqual({ ok: false, problem: "tooLarge" });
    expect(parseMoney("12,50")).toEqual({ ok: false, problem: "notNumeric" });
    expect(parseMoney("1.005")).toEqual({ ok: false, problem: "tooManyDecimals" });
  });

  it("the calculation model suggests the exact product, rounded once", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.integer({ min: -5000, max: 5000 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: -1000, max: 1000 }),
        (costOre, volumeBp, efficiencyBp, indexBp) => {
          // Percentages with two decimals: p% = bp / 100 %, a factor of (10 000 + bp) / 10 000.
          const result = calculateCompensation({
            priorYearCost: ore(costOre),
            volumeChangePercent: volumeBp / 100,
            efficiencyPercent: efficiencyBp / 100,
            indexUpliftPercent: indexBp / 100,
          });
          const numerator = costOre * (10_000n + BigInt(volumeBp)) * (10_000n - BigInt(efficiencyBp)) * (10_000n + BigInt(indexBp));
          expect(result.suggestedCompensation).toBe(ore(divRound(numerator, 10n ** 12n)));
        },
      ),
      { numRuns: 1000 },
    );
    expect(new Decimal("0.1").plus("0.2").toFixed()).toBe("0.3");
  });

  it("PostgreSQL stores and sums the same amounts the API reports", async () => {
    const server = await useTestServer();
    const m = await seedMunicipality({ requirementKind: ResultRequirementKind.MIN_MARGIN, minMarginPercent: "1.5" });
    const vonChef = await actor(server, m, "von.chef");
    await fc.assert(
      fc.asyncProperty(fc.array(lineArb, { minLength: 1, maxLength: 5 }), async (lines) => {
        const { id } = await createAgreement(vonChef, m);
        const valid = lines.filter((line) => referenceAmount(line) <= 10n ** 14n);
        let version = 0;
        for (const [i, line] of valid.entries()) {
          version = ok(await vonChef(ADD_LINE, { id, v: version, input: toInput(line, i) })).addBalanceLine.version;
        }
        const balance = await readBalance(vonChef, id);
        const expected = reference(valid, 150n, ResultRequirementKind.MIN_MARGIN);
        expect(balance.totals).toEqual({
          ...expected,
          marginPercent: expected.marginPercent === null ? null : Number(expected.marginPercent),
        });
        const [sums] = (await asOwner(
          m.municipality.id,
          `SELECT coalesce(sum(amount) FILTER (WHERE kind = 'SCOPE'), 0)::numeric(17,2)::text AS cost,
                  coalesce(sum(amount) FILTER (WHERE kind = 'RESOURCE'), 0)::numeric(17,2)::text AS compensation
           FROM balance_line WHERE agreement_id = $1`,
          [id],
        )) as Array<{ cost: string; compensation: string }>;
        expect(sums).toEqual({ cost: expected.cost, compensation: expected.compensation });
      }),
      { numRuns: 10 },
    );
  }, 120_000);
});
