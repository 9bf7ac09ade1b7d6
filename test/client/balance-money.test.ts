import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateLineForm, emptyLine } from '../../client/features/balance/lineForm.js';
import { formatSek, parseMoneyInput, previewAmount } from '../../client/features/balance/money.js';
import { BalanceLineKind } from '../../server/balance/balance.model.js';
import { validateLine } from '../../server/balance/balance.validation.js';
import { formatSek as serverFormatSek } from '../../server/money.js';

const ore = (value: bigint) =>
  `${value < 0n ? '-' : ''}${(value < 0n ? -value : value) / 100n}.${String((value < 0n ? -value : value) % 100n).padStart(2, '0')}`;

describe("the client's money agrees with the server's", () => {
  it('formats every amount as the server does, sv-SE, beyond 2^53 too', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), (value) => {
        expect(formatSek(ore(value))).toBe(serverFormatSek(ore(value)));
      }),
      { numRuns: 1000 },
    );
    expect(formatSek('1250000.00')).toBe('1\u00a0250\u00a0000,00\u00a0kr');
    expect(formatSek('90071992547409.93')).toBe('90\u00a0071\u00a0992\u00a0547\u00a0409,93\u00a0kr');
  });

  it("previews a line's amount exactly as the server computes it", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9_999_999 }),
        fc.integer({ min: 0, max: 3 }),
        fc.bigInt({ min: 0n, max: 9_999_999n }),
        (digits, scale, unit) => {
          const volume = digits / 10 ** scale;
          const unitAmount = ore(unit);
          const server = validateLine({ kind: BalanceLineKind.SCOPE, description: 'x', volume, unitAmount });
          expect(previewAmount(volume, unitAmount)).toBe(server.amount);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reads Swedish input and refuses what the server refuses, next to the field', () => {
    expect(parseMoneyInput('1 250 000,5')).toEqual({ value: '1250000.50' });
    expect(parseMoneyInput('tolv')).toEqual({ error: 'notNumeric' });
    expect(parseMoneyInput('-1')).toEqual({ error: 'negative' });
    expect(parseMoneyInput('1000000000000,01')).toEqual({ error: 'tooLarge' });
    expect(parseMoneyInput('1,005')).toEqual({ error: 'tooManyDecimals' });
    const scope = { ...emptyLine('SCOPE'), description: 'Hemtjänst', volume: '-2', unitAmount: 'abc' };
    expect(validateLineForm(scope).errors).toEqual({ volume: 'balance.numberErrors.negative', unitAmount: 'balance.errors.notNumeric' });
    const huge = { ...emptyLine('SCOPE'), description: 'Hemtjänst', volume: '1000000', unitAmount: '1000000,01' };
    expect(validateLineForm(huge).errors).toEqual({ unitAmount: 'balance.errors.lineTooLarge' });
    expect(validateLineForm({ ...emptyLine('RESOURCE'), description: 'Ersättning', amount: '380 000' }).input).toEqual({
      kind: 'RESOURCE',
      description: 'Ersättning',
      unit: null,
      amount: '380000.00',
    });
  });
});
