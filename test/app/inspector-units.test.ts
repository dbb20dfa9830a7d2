import fc from 'fast-check';
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { getNodeKind } from '../../compiler/index.ts';
import { parseAmount } from '../../src/inspector/parse/parse-amount.ts';
import { parseCount } from '../../src/inspector/parse/parse-count.ts';
import { parseJson } from '../../src/inspector/parse/parse-json.ts';
import { parseNumber } from '../../src/inspector/parse/parse-number.ts';
import { parsePatternText } from '../../src/inspector/parse/parse-pattern-text.ts';
import { parsePercent } from '../../src/inspector/parse/parse-percent.ts';
import { shown, translator } from './inspector-i18n.ts';

let en: TFunction;
let ko: TFunction;
beforeAll(async () => {
  en = await translator('en');
  ko = await translator('ko');
});

// The patterns the widgets read, from the schema itself.
const majority = getNodeKind('majority-vote')!.params.properties as Record<string, { pattern: string }>;
const proposal = getNodeKind('proposal')!.params.properties as Record<string, { pattern: string }>;
const percentPattern = majority.supportThreshold!.pattern;
const amountPattern = proposal.minVotingPower!.pattern;

describe('parsePercent', () => {
  it('stores the exact decimal text, never a float', () => {
    expect(shown(en, parsePercent('4.5', percentPattern))).toEqual({ stored: '4.5' });
    expect(shown(en, parsePercent('4.50', percentPattern))).toEqual({ stored: '4.50' });
    expect(shown(en, parsePercent(' 66.666666666666666667 ', percentPattern))).toEqual({
      stored: '66.666666666666666667',
    });
    expect(shown(en, parsePercent('12 %', percentPattern))).toEqual({ stored: '12' });
    expect(shown(en, parsePercent('100', percentPattern))).toEqual({ stored: '100' });
  });

  it('refuses what is not a percentage from 0 to 100', () => {
    for (const text of ['100.5', '-1', '4,5', 'four', '1e2', '.5', '']) {
      expect(shown(en, parsePercent(text, percentPattern))).toEqual([
        'Enter a percentage from 0 to 100, such as 4 or 4.5.',
      ]);
    }
    expect(shown(ko, parsePercent('101', percentPattern))).toEqual([
      '0에서 100 사이의 비율을 입력하세요(예: 4, 4.5).',
    ]);
  });

  it('accepts any valid percent text unchanged', () => {
    fc.assert(
      fc.property(fc.stringMatching(new RegExp(percentPattern)), (text) => {
        expect(parsePercent(text, percentPattern)).toEqual({ ok: true, value: text });
      }),
    );
  });

  it('never throws on random text, and stores only what the schema accepts', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parsePercent(text, percentPattern);
        if (parsed.ok) expect(parsed.value).toMatch(new RegExp(percentPattern));
      }),
    );
  });
});

describe('parseAmount', () => {
  it('stores whole tokens as exact decimal text, accepting thousands separators', () => {
    expect(shown(en, parseAmount('50000.5', amountPattern))).toEqual({ stored: '50000.5' });
    expect(shown(en, parseAmount('1,000,000', amountPattern))).toEqual({ stored: '1000000' });
    expect(shown(en, parseAmount('0.000000000000000001', amountPattern))).toEqual({
      stored: '0.000000000000000001',
    });
  });

  it('refuses what is not an amount', () => {
    for (const text of ['-5', '1,00', '1.2.3', '007', '12 ACME', '1e18']) {
      expect(shown(en, parseAmount(text, amountPattern))).toEqual([
        'Enter an amount in whole tokens, such as 50000 or 0.5.',
      ]);
    }
  });

  it('accepts any valid amount text unchanged and never throws', () => {
    fc.assert(
      fc.property(fc.stringMatching(new RegExp(amountPattern)), (text) => {
        expect(parseAmount(text, amountPattern)).toEqual({ ok: true, value: text });
      }),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseAmount(text, amountPattern);
        if (parsed.ok) expect(parsed.value).toMatch(new RegExp(amountPattern));
      }),
    );
  });
});

describe('parseCount', () => {
  it('stores a whole number within bounds', () => {
    expect(shown(en, parseCount('3', { minimum: 1, maximum: 100 }))).toEqual({ stored: 3 });
  });

  it('refuses fractions and numbers out of bounds, naming the bounds', () => {
    expect(shown(en, parseCount('2.5', { minimum: 1 }))).toEqual(['Enter a whole number.']);
    expect(shown(en, parseCount('0', { minimum: 1, maximum: 1_000_000_000 }))).toEqual([
      'Enter a whole number from 1 to 1,000,000,000.',
    ]);
    expect(shown(ko, parseCount('101', { minimum: 1, maximum: 100 }))).toEqual([
      '1에서 100 사이의 정수를 입력하세요.',
    ]);
  });

  it('never throws, and stores only safe integers within bounds', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseCount(text, { minimum: 0, maximum: 36 });
        if (parsed.ok)
          expect(Number.isInteger(parsed.value) && parsed.value >= 0 && parsed.value <= 36).toBe(true);
      }),
    );
  });
});

describe('parseNumber', () => {
  it("stores a decimal number within the schema's bounds", () => {
    expect(shown(en, parseNumber('0.25', { exclusiveMinimum: 0, maximum: 3600 }))).toEqual({ stored: 0.25 });
    expect(shown(en, parseNumber('0', { exclusiveMinimum: 0 }))).toEqual(['Enter a number greater than 0.']);
    expect(shown(en, parseNumber('-1', { minimum: 0 }))).toEqual(['Enter a number of at least 0.']);
    expect(shown(en, parseNumber('3601', { maximum: 3600 }))).toEqual(['Enter a number of at most 3600.']);
    expect(shown(en, parseNumber('twelve', {}))).toEqual(['Enter a number, such as 12 or 0.25.']);
  });
});

describe('parsePatternText', () => {
  const idPattern = '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$';
  it('checks ids against the id pattern and text against its length', () => {
    expect(shown(en, parsePatternText(' treasury-transfer ', { pattern: idPattern }))).toEqual({
      stored: 'treasury-transfer',
    });
    expect(shown(en, parsePatternText('big grants', { pattern: idPattern }))).toEqual([
      'Use letters, digits, “_”, “.” and “-”, starting with a letter or digit, up to 64 characters.',
    ]);
    expect(shown(en, parsePatternText('ACMEACMEACMEACMEX', { maxLength: 16 }))).toEqual([
      'Use at most 16 characters.',
    ]);
    expect(shown(en, parsePatternText('', { minLength: 1 }))).toEqual(['Enter at least 1 character.']);
  });
});

describe('parseJson', () => {
  it("stores parsed JSON and shows the parser's reason otherwise", () => {
    expect(shown(en, parseJson('{"percent": "50"}'))).toEqual({ stored: { percent: '50' } });
    const [message] = shown(en, parseJson('{percent: 50}')) as string[];
    expect(message).toMatch(/^This is not valid JSON: /);
  });
});
