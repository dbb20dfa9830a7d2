import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAmount } from '../../compiler/format/format-amount.ts';
import { formatDuration } from '../../compiler/format/format-duration.ts';
import { formatPercent } from '../../compiler/format/format-percent.ts';
import { compareDecimals, parseDecimal, significantDecimals } from '../../compiler/units/decimal.ts';

describe('formatDuration', () => {
  it.each([
    [0, '0 seconds', '0초'],
    [1, '1 second', '1초'],
    [90, '1 minute 30 seconds', '1분 30초'],
    [3_600, '1 hour', '1시간'],
    [86_400, '1 day', '1일'],
    [129_600, '1 day 12 hours', '1일 12시간'],
    [172_800, '2 days', '2일'],
    [604_800, '7 days', '7일'],
    [90_061, '1 day 1 hour 1 minute 1 second', '1일 1시간 1분 1초'],
  ])('%i seconds is "%s" / "%s"', (seconds, en, ko) => {
    expect(formatDuration(seconds, 'en')).toBe(en);
    expect(formatDuration(seconds, 'ko')).toBe(ko);
  });

  it('is exact: the words add back up to the seconds', () => {
    const unit: Record<string, number> = { day: 86_400, hour: 3_600, minute: 60, second: 1 };
    fc.assert(
      fc.property(fc.nat({ max: 315_360_000 }), (seconds) => {
        const words = formatDuration(seconds).match(/(\d+) (day|hour|minute|second)s?/g) ?? [];
        const total = words.reduce((sum, part) => {
          const [n, name] = part.split(' ');
          return sum + Number(n) * unit[name!.replace(/s$/, '')]!;
        }, 0);
        expect(total).toBe(seconds);
      }),
    );
  });
});

describe('formatAmount and formatPercent', () => {
  it('groups thousands without touching the digits', () => {
    expect(formatAmount('1000000000', 'UNI')).toBe('1,000,000,000 UNI');
    expect(formatAmount('50000.123456')).toBe('50,000.123456');
    expect(formatAmount('999')).toBe('999');
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 60n }), (n) => {
        expect(formatAmount(String(n)).replaceAll(',', '')).toBe(String(n));
      }),
    );
  });

  it('writes percentages as people do', () => {
    expect(formatPercent('4')).toBe('4%');
    expect(formatPercent('4.50')).toBe('4.5%');
    expect(formatPercent('33.3333')).toBe('33.3333%');
    expect(formatPercent('10')).toBe('10%');
  });
});

describe('decimals', () => {
  it('compares exactly where floats cannot', () => {
    expect(compareDecimals(parseDecimal('0.30000000000000000001')!, parseDecimal('0.3')!)).toBe(1);
    expect(compareDecimals(parseDecimal('100')!, parseDecimal('100.000')!)).toBe(0);
    expect(parseDecimal('1e3')).toBeUndefined();
    expect(significantDecimals('1.50')).toBe(1);
  });

  it('orders decimal text as the numbers it means', () => {
    const decimal = fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.nat({ max: 30 }))
      .map(([digits, scale]) => {
        const text = digits.toString().padStart(scale + 1, '0');
        return scale === 0 ? text : `${text.slice(0, -scale)}.${text.slice(-scale)}`;
      });
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        const x = parseDecimal(a)!;
        const y = parseDecimal(b)!;
        const scale = 10n ** 30n;
        const exact = (d: typeof x) => (d.digits * scale) / 10n ** BigInt(d.scale);
        expect(compareDecimals(x, y)).toBe(Math.sign(Number(exact(x) - exact(y))));
      }),
    );
  });
});
