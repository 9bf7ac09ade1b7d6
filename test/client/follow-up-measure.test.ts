import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyIndicator, validateIndicatorForm } from '../../client/features/follow-up/indicatorForm.js';
import {
  compareMeasures,
  formatMeasure,
  moneyDifference,
  parseMeasureInput,
  roundMeasure,
} from '../../client/features/follow-up/measure.js';
import { indicatorFields } from '../../server/follow-up/follow-up.validation.js';
import type { IndicatorInput } from '../../server/follow-up/follow-up.model.js';
import { Decimal } from '../../server/money.js';

/** A decimal as the server writes it: up to 12 digits before the point and 6 after, maybe negative. */
const decimal = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 12n - 1n }), fc.integer({ min: 0, max: 6 }), fc.bigInt({ min: 0n, max: 999_999n }))
  .map(([negative, whole, digits, fraction]) => {
    const tail = digits === 0 ? '' : `.${String(fraction).padStart(6, '0').slice(0, digits)}`;
    return `${negative ? '-' : ''}${whole}${tail}`;
  });
/** What a Swedish user types for it: a decimal comma, spaces between thousands. */
const swedish = (value: string) => value.replace('.', ',').replace(/\B(?=(\d{3})+(?!\d)(?=,|$))/g, ' ');

describe("the client's measured values agree with the server's", () => {
  it('reads Swedish input to the exact value the server stores', () => {
    fc.assert(
      fc.property(decimal, (value) => {
        const parsed = parseMeasureInput(swedish(value));
        expect('value' in parsed && new Decimal(parsed.value).equals(new Decimal(value))).toBe(true);
      }),
      { numRuns: 500 },
    );
    expect(parseMeasureInput('87,5')).toEqual({ value: '87.5' });
    expect(parseMeasureInput('−1 250,25')).toEqual({ value: '-1250.25' });
    expect(parseMeasureInput('1,2345678')).toEqual({ error: 'tooManyDigits' });
    expect(parseMeasureInput('tolv')).toEqual({ error: 'notNumeric' });
    expect(parseMeasureInput('-3', { allowNegative: false })).toEqual({ error: 'negative' });
  });

  it('compares, rounds and subtracts exactly', () => {
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        expect(compareMeasures(a, b)).toBe(new Decimal(a).comparedTo(new Decimal(b)));
      }),
      { numRuns: 500 },
    );
    expect(roundMeasure('25.205479', 1)).toBe('25.2');
    expect(roundMeasure('24.95', 1)).toBe('25.0');
    expect(roundMeasure('-0.05', 1)).toBe('-0.1');
    expect(moneyDifference('252054.79', '260000.00')).toBe('-7945.21');
    expect(moneyDifference('100.00', '0.01')).toBe('99.99');
  });

  it('formats Swedish notation without a float', () => {
    expect(formatMeasure('1234567.5', 'sv')).toBe('1\u00a0234\u00a0567,5');
    expect(formatMeasure('90.000000', 'sv')).toBe('90');
    expect(formatMeasure('-72.5', 'sv')).toBe('−72,5');
    expect(formatMeasure('123456789012.123456', 'en')).toBe('123,456,789,012.123456');
    expect(formatMeasure('25.205479', 'sv', 1)).toBe('25,2');
  });

  it("accepts and refuses an indicator's target and threshold as the server does", () => {
    fc.assert(
      fc.property(decimal, fc.option(decimal), fc.constantFrom('HIGHER_IS_BETTER', 'LOWER_IS_BETTER'), (target, warnAt, direction) => {
        const form = {
          ...emptyIndicator(),
          name: 'Andel nöjda',
          unit: '%',
          direction,
          target: swedish(target),
          warnAt: warnAt ? swedish(warnAt) : '',
        };
        const client = validateIndicatorForm(form);
        let serverAccepts = true;
        try {
          indicatorFields((client.input ?? { ...form, target, warnAt }) as unknown as IndicatorInput);
        } catch {
          serverAccepts = false;
        }
        expect(client.input !== null).toBe(serverAccepts);
      }),
      { numRuns: 500 },
    );
  });
});
