import fc from 'fast-check';
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { unitSeconds } from '../../src/inspector/parse/duration-units.ts';
import { parseDuration } from '../../src/inspector/parse/parse-duration.ts';
import { splitDuration } from '../../src/inspector/parse/split-duration.ts';
import { shown, translator } from './inspector-i18n.ts';

let en: TFunction;
let ko: TFunction;
beforeAll(async () => {
  en = await translator('en');
  ko = await translator('ko');
});

const votingPeriod = { minimum: 1, maximum: 315_360_000 };

describe('splitDuration', () => {
  it('picks the largest unit that divides the value exactly', () => {
    expect(splitDuration(172_800)).toEqual({ amount: 2, unit: 'days' });
    expect(splitDuration(1_209_600)).toEqual({ amount: 2, unit: 'weeks' });
    expect(splitDuration(129_600)).toEqual({ amount: 36, unit: 'hours' });
    expect(splitDuration(90)).toEqual({ amount: 90, unit: 'seconds' });
    expect(splitDuration(120)).toEqual({ amount: 2, unit: 'minutes' });
    expect(splitDuration(0)).toEqual({ amount: 0, unit: 'days' });
  });

  it('round-trips any whole number of seconds through its unit', () => {
    fc.assert(
      fc.property(fc.nat({ max: 315_360_000 }), (seconds) => {
        const { amount, unit } = splitDuration(seconds);
        expect(Number.isInteger(amount)).toBe(true);
        expect(amount * unitSeconds[unit]).toBe(seconds);
        const parsed = parseDuration(String(amount), unit, { maximum: 315_360_000 }, 'en', unit);
        expect(parsed).toEqual({ ok: true, value: seconds });
      }),
    );
  });
});

describe('parseDuration', () => {
  it('stores whole seconds', () => {
    expect(shown(en, parseDuration(' 2 ', 'days', votingPeriod, 'en', 'days'))).toEqual({ stored: 172_800 });
    expect(shown(en, parseDuration('3', 'weeks', votingPeriod, 'en', 'weeks'))).toEqual({
      stored: 1_814_400,
    });
  });

  it('refuses what is not a whole number, naming the unit', () => {
    expect(shown(en, parseDuration('1.5', 'days', votingPeriod, 'en', 'days'))).toEqual([
      'Enter a whole number of days.',
    ]);
    expect(shown(en, parseDuration('-1', 'hours', votingPeriod, 'en', 'hours'))).toEqual([
      'Enter a whole number of hours.',
    ]);
    expect(shown(ko, parseDuration('이틀', 'days', votingPeriod, 'ko', '일'))).toEqual([
      '일 단위의 정수를 입력하세요.',
    ]);
  });

  it("refuses a duration outside the field's bounds, in words", () => {
    expect(shown(en, parseDuration('0', 'days', votingPeriod, 'en', 'days'))).toEqual([
      'Enter a duration from 1 second to 3650 days.',
    ]);
    expect(shown(en, parseDuration('522', 'weeks', votingPeriod, 'en', 'weeks'))).toEqual([
      'Enter a duration from 1 second to 3650 days.',
    ]);
    expect(shown(ko, parseDuration('0', 'days', votingPeriod, 'ko', '일'))).toEqual([
      '1초에서 3650일 사이의 기간을 입력하세요.',
    ]);
  });

  it('never throws, and stores only whole seconds within bounds', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom(...(Object.keys(unitSeconds) as (keyof typeof unitSeconds)[])),
        (text, unit) => {
          const parsed = parseDuration(text, unit, votingPeriod, 'en', unit);
          if (parsed.ok) {
            expect(Number.isSafeInteger(parsed.value)).toBe(true);
            expect(parsed.value).toBeGreaterThanOrEqual(1);
            expect(parsed.value).toBeLessThanOrEqual(315_360_000);
          }
        },
      ),
    );
  });
});
