import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportion } from '../../compiler/simulate/mechanisms/apportion.ts';
import { isqrt } from '../../compiler/simulate/mechanisms/isqrt.ts';
import { parseDecimal } from '../../compiler/simulate/mechanisms/parse-decimal.ts';
import { parsePercent } from '../../compiler/simulate/mechanisms/parse-percent.ts';
import { shareOf } from '../../compiler/simulate/mechanisms/share-of.ts';
import { toFixedPoint } from '../../compiler/simulate/mechanisms/to-fixed-point.ts';

/** Writes digits / 10^places as decimal text, the inverse of parseDecimal. */
function write(digits: bigint, places: number): string {
  const text = digits.toString().padStart(places + 1, '0');
  return places === 0 ? text : `${text.slice(0, -places)}.${text.slice(-places)}`;
}

describe('parseDecimal', () => {
  it('reads percentages exactly, never through a float', () => {
    expect(parseDecimal('4.5')).toEqual({ num: 45n, den: 10n });
    expect(parseDecimal('33.3333')).toEqual({ num: 333333n, den: 10000n });
    expect(parsePercent('4.5')).toEqual({ num: 45n, den: 1000n });
    // 0.1 + 0.2 is not 0.3 in floats; here 10% + 20% of 10^18 is exactly 30% of it.
    const supply = 10n ** 18n;
    expect(shareOf(supply, parsePercent('0.1')) + shareOf(supply, parsePercent('0.2'))).toBe(
      shareOf(supply, parsePercent('0.3')),
    );
  });

  it('rejects anything but plain decimals', () => {
    for (const text of [
      '',
      '.5',
      '5.',
      '+1',
      '1e5',
      ' 1',
      '1 ',
      '0x10',
      '1,5',
      '--1',
      'NaN',
      'Infinity',
      '-1',
    ]) {
      expect(parseDecimal(text), text).toBeUndefined();
    }
    expect(parseDecimal('-2.5', { signed: true })).toEqual({ num: -25n, den: 10n });
    expect(() => parsePercent('100.01')).toThrow('is not a percentage from 0 to 100');
  });

  it('round-trips any digits and places exactly', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 40n }),
        fc.integer({ min: 0, max: 30 }),
        (digits, places) => {
          const ratio = parseDecimal(write(digits, places))!;
          expect(ratio.num * 10n ** BigInt(places)).toBe(digits * ratio.den);
          expect(toFixedPoint(ratio, 10n ** BigInt(places))).toBe(digits);
        },
      ),
    );
  });

  it('converts to base units only when no rounding is needed', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 30n }),
        fc.integer({ min: 0, max: 24 }),
        fc.integer({ min: 0, max: 24 }),
        (digits, places, decimals) => {
          const units = toFixedPoint(parseDecimal(write(digits, places))!, 10n ** BigInt(decimals));
          if (places <= decimals) expect(units).toBe(digits * 10n ** BigInt(decimals - places));
          else expect(units === undefined).toBe(digits % 10n ** BigInt(places - decimals) !== 0n);
        },
      ),
    );
  });
});

describe('isqrt, shareOf and apportion', () => {
  it('isqrt is the exact floor square root at every size', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 1n << 300n }), (n) => {
        const root = isqrt(n);
        expect(root * root <= n && (root + 1n) * (root + 1n) > n).toBe(true);
      }),
    );
    for (const k of [1n, 3n, 67108863n, 94906265n, 10n ** 9n, (1n << 53n) - 1n]) {
      expect(isqrt(k * k)).toBe(k);
      expect(isqrt(k * k - 1n)).toBe(k - 1n);
    }
  });

  it('shareOf rounds down or up by one unit at most', () => {
    expect(shareOf(1001n, parsePercent('4.5'))).toBe(45n);
    expect(shareOf(1001n, parsePercent('4.5'), 'ceil')).toBe(46n);
    expect(shareOf(1000n, parsePercent('4.5'), 'ceil')).toBe(45n);
  });

  it('apportion gives nothing when every weight is 0', () => {
    expect(apportion(100n, [0n, 0n, 0n])).toEqual([0n, 0n, 0n]);
  });

  it('apportion adds up to exactly the total, each part within one unit of its exact share', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 24n }),
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 20n }), { minLength: 1, maxLength: 12 }),
        (total, weights) => {
          const parts = apportion(total, weights);
          const sum = weights.reduce((a, b) => a + b, 0n);
          if (sum === 0n) {
            // Returning expect(...) would hand fast-check a non-boolean, which it counts as a failure.
            expect(parts.every((part) => part === 0n)).toBe(true);
            return;
          }
          expect(parts.reduce((a, b) => a + b, 0n)).toBe(total);
          parts.forEach((part, i) => {
            const exact = total * weights[i]!;
            expect(part * sum <= exact + sum && part * sum >= exact - sum).toBe(true);
          });
        },
      ),
    );
  });
});
