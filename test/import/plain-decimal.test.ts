import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainDecimal } from '../../compiler/import/plain-decimal.ts';

describe('plainDecimal', () => {
  it('writes the numbers a space holds without an exponent', () => {
    expect(plainDecimal(1e21)).toBe('1000000000000000000000');
    expect(plainDecimal(1e-7)).toBe('0.0000001');
    expect(plainDecimal(1.5e-10)).toBe('0.00000000015');
    expect(plainDecimal(40_000_000)).toBe('40000000');
    expect(plainDecimal(0.5)).toBe('0.5');
    expect(plainDecimal(0)).toBe('0');
  });
  it('refuses what is not a finite non-negative number', () => {
    for (const value of [-1, Number.NaN, Number.POSITIVE_INFINITY, '5', null, undefined, {}])
      expect(plainDecimal(value)).toBeUndefined();
  });
  it('gives back the very number JavaScript reads, in plain digits', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = plainDecimal(value)!;
        expect(text).toMatch(/^(0|[1-9]\d*)(\.\d*[1-9])?$/);
        expect(Number(text)).toBe(value === 0 ? 0 : value);
      }),
      { numRuns: 2000 },
    );
  });
});
