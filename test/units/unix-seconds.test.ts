import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../compiler/format/format-date-time.ts';
import { unixSeconds, utcDateTime } from '../../compiler/units/unix-seconds.ts';

describe('unixSeconds', () => {
  it('reads the moments the templates name, checked against days counted by hand', () => {
    // ENS's Security Council: day 20,658 after 1970-01-01, plus 18:52:59.
    expect(unixSeconds('2026-07-24T18:52:59Z')).toBe(20_658 * 86_400 + 18 * 3600 + 52 * 60 + 59);
    expect(unixSeconds('1970-01-01T00:00:00Z')).toBe(0);
    // 2000 was a leap year (divisible by 400): 29 February exists; 2100 will not be.
    expect(unixSeconds('2000-02-29T00:00:00Z')).toBe(11_016 * 86_400);
    expect(unixSeconds('2100-02-29T00:00:00Z')).toBeUndefined();
  });

  it('refuses days and times that do not exist, and other forms', () => {
    for (const text of [
      '2026-02-29T00:00:00Z',
      '2026-04-31T12:00:00Z',
      '2026-13-01T00:00:00Z',
      '2026-07-24T24:00:00Z',
      '2026-07-24T18:60:00Z',
      '2026-07-24T18:52:60Z',
      '2026-07-24T18:52:59',
      '2026-07-24 18:52:59Z',
      '2026-07-24T18:52:59+00:00',
    ])
      expect(unixSeconds(text), text).toBeUndefined();
  });

  it('round-trips every second from 1970 to 9999 through utcDateTime', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 253_402_300_799 }), (seconds) => {
        expect(unixSeconds(utcDateTime(seconds))).toBe(seconds);
      }),
    );
  });
});

describe('formatDateTime', () => {
  it('writes a moment as people read it, in both languages; midnight without its time', () => {
    expect(formatDateTime('2026-07-24T18:52:59Z', 'en')).toBe('24 July 2026, 18:52:59 UTC');
    expect(formatDateTime('2026-07-24T18:52:59Z', 'ko')).toBe('2026년 7월 24일 18:52:59(UTC)');
    expect(formatDateTime('2030-02-28T00:00:00Z', 'en')).toBe('28 February 2030 UTC');
    expect(formatDateTime('2030-02-28T00:00:00Z', 'ko')).toBe('2030년 2월 28일(UTC)');
  });
});
