import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentToFraction } from '../../compiler/units/percent-to-fraction.ts';
import { percentToParts } from '../../compiler/units/percent-to-parts.ts';
import { secondsToClock } from '../../compiler/units/seconds-to-clock.ts';
import { toBaseUnits } from '../../compiler/units/to-base-units.ts';

describe('toBaseUnits', () => {
  it('converts whole tokens exactly, at 18 and at 0 decimals', () => {
    expect(toBaseUnits('1.5', 18)).toBe(1_500_000_000_000_000_000n);
    expect(toBaseUnits('40000000', 18)).toBe(40_000_000n * 10n ** 18n);
    expect(toBaseUnits('0.000000000000000001', 18)).toBe(1n);
    expect(toBaseUnits('7', 0)).toBe(7n);
    expect(toBaseUnits('7.000', 0)).toBe(7n);
  });

  it('refuses to round', () => {
    expect(() => toBaseUnits('0.5', 0)).toThrow('toBaseUnits: "0.5" has more than 0 decimal places');
  });

  it('round-trips any amount its token can hold', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 40n }), fc.nat({ max: 36 }), (base, decimals) => {
        const text = base.toString().padStart(decimals + 1, '0');
        const whole = decimals === 0 ? text : `${text.slice(0, -decimals)}.${text.slice(-decimals)}`;
        expect(toBaseUnits(whole, decimals)).toBe(base);
      }),
    );
  });
});

describe('percentages', () => {
  it('become power-of-ten fractions as the OpenZeppelin wizard writes them', () => {
    expect(percentToFraction('4')).toEqual({ numerator: 4n, denominator: 100n });
    expect(percentToFraction('4.5')).toEqual({ numerator: 45n, denominator: 1000n });
    expect(percentToFraction('4.50')).toEqual({ numerator: 45n, denominator: 1000n });
    expect(percentToFraction('33.3333')).toEqual({ numerator: 333333n, denominator: 1_000_000n });
    expect(percentToFraction('100')).toEqual({ numerator: 100n, denominator: 100n });
  });

  it('become parts of a scale only when exact', () => {
    expect(percentToParts('33.3333', 10n ** 6n)).toBe(333333n);
    expect(percentToParts('33.33333', 10n ** 6n)).toBeUndefined();
    expect(percentToParts('4.5', 10_000n)).toBe(450n);
    expect(percentToParts('50', 10n ** 6n)).toBe(500_000n);
  });

  it('keep their value exactly: numerator / denominator is the percent / 100', () => {
    fc.assert(
      fc.property(fc.nat({ max: 100 }), fc.nat({ max: 10 ** 6 - 1 }), (whole, fraction) => {
        const text = `${whole}.${String(fraction).padStart(6, '0')}`;
        const { numerator, denominator } = percentToFraction(text);
        expect(numerator * 100_000_000n).toBe((BigInt(whole) * 1_000_000n + BigInt(fraction)) * denominator);
      }),
    );
  });
});

describe('secondsToClock', () => {
  const blocks = { blockTime: 12, clockMode: 'blocknumber' } as const;
  it('rounds to blocks, or keeps seconds on a timestamp clock', () => {
    expect(secondsToClock(0, blocks)).toBe(0n);
    expect(secondsToClock(86_400, blocks)).toBe(7_200n);
    expect(secondsToClock(604_800, blocks)).toBe(50_400n);
    expect(secondsToClock(17, blocks)).toBe(1n);
    expect(secondsToClock(18, blocks)).toBe(2n);
    expect(secondsToClock(604_800, { blockTime: 2, clockMode: 'timestamp' })).toBe(604_800n);
  });
});
