import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { koreanParticle } from '../../compiler/format/korean-particle.ts';

// Reads a whole number the Korean way, syllable by syllable: 20000 → 이만, 105 → 백오, 10^12 → 일조.
function readAloud(n: bigint): string {
  if (n === 0n) return '영';
  const digits = ['', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'];
  const small = ['', '십', '백', '천'];
  const large = ['', '만', '억', '조', '경'];
  let text = '';
  let group = 0;
  for (let rest = n; rest > 0n; rest /= 10000n, group++) {
    const part = Number(rest % 10000n);
    if (part === 0) continue;
    let words = '';
    for (let place = 3; place >= 0; place--) {
      const digit = Math.floor(part / 10 ** place) % 10;
      if (digit === 0) continue;
      words += (digit === 1 && place > 0 ? '' : digits[digit]!) + small[place]!;
    }
    text = words + large[group]! + text;
  }
  return text;
}

// Whether a Hangul syllable has a final consonant, told by its decomposed jamo (U+11A8 to U+11C2 are finals).
function finalOf(syllable: string): 'none' | 'ㄹ' | 'other' {
  const last = syllable.normalize('NFD').at(-1)!.charCodeAt(0);
  if (last < 0x11a8 || last > 0x11c2) return 'none';
  return last === 0x11af ? 'ㄹ' : 'other';
}

function expectedFor(reading: string, afterConsonant: string, afterVowel: string): string {
  const final = finalOf(reading.at(-1)!);
  if (final === 'none' || (final === 'ㄹ' && afterConsonant === '으로')) return afterVowel;
  return afterConsonant;
}

const pairs = fc.constantFrom(['이', '가'], ['을', '를'], ['은', '는'], ['과', '와'], ['으로', '로']);

describe('koreanParticle', () => {
  it.each([
    ['보유자', '이', '가', '보유자가'],
    ['3명', '이', '가', '3명이'],
    ['구성원 9명(1인 1표)', '이', '가', '구성원 9명(1인 1표)이'],
    ['서울', '으로', '로', '서울로'],
    ['기금', '으로', '로', '기금으로'],
    ['4%', '이', '가', '4%가'],
    ['ETH', '을', '를', 'ETH를'],
    ['200,000 USDC', '을', '를', '200,000 USDC를'],
    ['DAO', '으로', '로', 'DAO로'],
    ['NFT', '이', '가', 'NFT가'],
    ['URL', '으로', '로', 'URL로'],
    ['Token vote', '으로', '로', 'Token vote로'],
    ['Timelock', '으로', '로', 'Timelock으로'],
    ['Proposal', '으로', '로', 'Proposal로'],
    ['Security council', '이', '가', 'Security council이'],
    ['Treasury', '을', '를', 'Treasury를'],
    ['OpenZeppelin', '은', '는', 'OpenZeppelin은'],
    ['Snapshot', '은', '는', 'Snapshot은'],
    ['Safe', '은', '는', 'Safe는'],
    ['Governor', '은', '는', 'Governor는'],
    ['Majority vote "vote-1"', '이', '가', 'Majority vote "vote-1"이'],
    ['10', '이', '가', '10이'],
    ['4.5', '이', '가', '4.5가'],
    ['2 days', '이', '가', '2 days가'],
  ])('%s + %s/%s → %s', (word, consonant, vowel, expected) => {
    expect(koreanParticle(word, consonant, vowel)).toBe(expected);
  });

  it('follows how a whole number is read aloud, with or without thousands separators', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 19n }), pairs, fc.boolean(), (n, [c, v], grouped) => {
        const written = grouped ? n.toLocaleString('en-US') : n.toString();
        expect(koreanParticle(written, c, v)).toBe(written + expectedFor(readAloud(n), c, v));
      }),
    );
  });

  it('follows the final consonant of a Hangul word', () => {
    const syllable = fc.integer({ min: 0xac00, max: 0xd7a3 }).map((code) => String.fromCharCode(code));
    fc.assert(
      fc.property(fc.string(), syllable, pairs, (start, last, [c, v]) => {
        const word = `${start}${last}`;
        expect(koreanParticle(word, c, v)).toBe(word + expectedFor(last, c, v));
      }),
    );
  });

  it('always keeps the word and adds one particle, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), pairs, (word, [c, v]) => {
        const result = koreanParticle(word, c, v);
        expect(result.startsWith(word)).toBe(true);
        expect([c, v, c === '으로' ? '(으)로' : `${c}(${v})`]).toContain(result.slice(word.length));
      }),
    );
  });
});
