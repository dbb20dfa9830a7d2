// A bad line of an imported balances CSV is named in Korean in the Korean interface, with the same facts as in English.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnosticText, parseBalancesCsv } from '../../compiler/index.ts';

const address = `0x${'ab'.repeat(20)}`;

function refusal(text: string) {
  const parsed = parseBalancesCsv(text);
  if (parsed.ok) throw new Error('the CSV was accepted');
  return { line: parsed.line, en: diagnosticText(parsed, 'en'), ko: diagnosticText(parsed, 'ko') };
}

describe('a refused balances CSV', () => {
  it.each([
    [
      'a,b,c',
      1,
      'expected "address,balance", found 3 fields',
      '"address,balance" 형식이어야 하는데 필드가 3개입니다',
    ],
    [
      '0x12,5',
      1,
      '"0x12" is not a 0x address of 40 hex digits',
      '0x 뒤에 16진수 40자리인 주소가 아닙니다: "0x12"',
    ],
    [
      `${address},1e18`,
      1,
      '"1e18" is not a balance in base units',
      '기본 단위 잔고(1000000000000000000 같은 정수)가 아닙니다: "1e18"',
    ],
    [
      `${address},1\n${address.toUpperCase().replace('0X', '0x')},2`,
      2,
      'already appears on line 1',
      '주소가 이미 1번째 줄에 있습니다',
    ],
    ['address,balance\n', 2, 'no holders', '보유자가 없습니다'],
  ])('%j', (text, line, en, ko) => {
    const said = refusal(text);
    expect(said.line).toBe(line);
    expect(said.en).toContain(en);
    expect(said.ko).toContain(ko);
  });

  it('is said in Korean for any text it refuses, never in English', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseBalancesCsv(text);
        if (parsed.ok) return;
        const ko = diagnosticText(parsed, 'ko');
        expect(ko).toMatch(/[\uac00-\ud7a3]/);
        expect(ko).not.toMatch(/\b(expected|is not|appears|holders)\b/);
        expect(parsed.message).toBe(diagnosticText(parsed, 'en'));
      }),
    );
  });
});
