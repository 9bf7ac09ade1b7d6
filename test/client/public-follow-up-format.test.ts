import { describe, expect, it } from 'vitest';
import { formatExactDecimal } from '../../client/features/public/exactDecimal.js';

describe('exact decimals on the public follow-up', () => {
  it('keeps every reported digit and writes it in the reader’s language', () => {
    expect(formatExactDecimal('92.125', 'sv')).toBe('92,125');
    expect(formatExactDecimal('92.125', 'en')).toBe('92.125');
    expect(formatExactDecimal('1234567.000001', 'sv')).toBe('1\u00a0234\u00a0567,000001');
    expect(formatExactDecimal('1234567.000001', 'en')).toBe('1,234,567.000001');
    expect(formatExactDecimal('90071992547409931', 'en')).toBe('90,071,992,547,409,931'); // beyond 2^53: no float
    expect(formatExactDecimal('-0.5', 'sv')).toBe('\u22120,5');
    expect(formatExactDecimal('-0', 'sv')).toBe('0');
    expect(formatExactDecimal('not a number', 'sv')).toBe('not a number');
  });
});
