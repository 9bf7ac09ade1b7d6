import { describe, expect, it } from 'vitest';
import { isIsoDate, textProblem, trimmedOrNull } from '../../client/validation.js';

describe('client input checks (the server rules, shown at the field)', () => {
  it('judges trimmed text: required, optional, at most N characters', () => {
    expect(textProblem('   ')).toBe('validation.required');
    expect(textProblem(null, { required: false })).toBeNull();
    expect(textProblem(' ok ', { max: 2 })).toBeNull();
    expect(textProblem('för lång', { max: 3 })).toBe('validation.tooLong');
    expect(trimmedOrNull('  ')).toBeNull();
    expect(trimmedOrNull(' x ')).toBe('x');
  });

  it('accepts only real calendar dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-2-3')).toBe(false);
  });
});
