/** How a word ends when a Korean reader says it aloud: on a vowel, on a consonant, or on ㄹ (which takes `로`). */
export type SpokenEnding = 'vowel' | 'consonant' | 'rieul';

// Sino-Korean digits as read at the end of a number: 1 일, 2 이, 3 삼, 4 사, 5 오, 6 육, 7 칠, 8 팔, 9 구, 0 영.
const digitEndings: Record<string, SpokenEnding> = {
  '0': 'consonant',
  '1': 'rieul',
  '2': 'vowel',
  '3': 'consonant',
  '4': 'vowel',
  '5': 'vowel',
  '6': 'consonant',
  '7': 'rieul',
  '8': 'rieul',
  '9': 'vowel',
};

// Letters spelled out, as in "ETH" (이티에이치) or "DAO" (디에이오): only L 엘, M 엠 and N 엔 end in a consonant.
const letterEndings: Record<string, SpokenEnding> = { L: 'rieul', M: 'consonant', N: 'consonant' };

// Signs read as words: % 퍼센트, + 플러스, ° 도, ‰ 퍼밀.
const signEndings: Record<string, SpokenEnding> = { '%': 'vowel', '+': 'vowel', '°': 'vowel', '‰': 'rieul' };

/**
 * Round numbers end on their unit: 10 십, 100 백, 1000 천, 10,000 만 (up to 천만), 10^8 억, 10^12 조, 10^16 경.
 * Indexed by the number of trailing zeros.
 */
function roundNumberEnding(zeros: number): SpokenEnding {
  if (zeros >= 16) return 'consonant'; // 경
  if (zeros >= 12) return 'vowel'; // 조
  return 'consonant'; // 십, 백, 천, 만, 억
}

function numberEnding(number: string): SpokenEnding {
  const [whole = '', fraction] = number.replace(/,/g, '').split('.');
  // Decimals are read digit by digit: 4.5 사 점 오.
  if (fraction !== undefined && fraction !== '') return digitEndings[fraction.at(-1)!]!;
  if (/^0*$/.test(whole)) return 'consonant'; // 영
  const zeros = whole.length - whole.replace(/0+$/, '').length;
  return zeros === 0 ? digitEndings[whole.at(-1)!]! : roundNumberEnding(zeros);
}

/**
 * How an English word ends in Korean, by the rules loanwords follow: final m, n, ng and l are kept as a final
 * consonant (팀, 토큰, 카운슬), a final c, k, t or p after one short vowel too (타임락, 버짓, 스냅샷), a silent e after m,
 * n or l leaves them (네임, 존, 룰), and everything else gains a vowel (보트, 세이프, 거버너, 멀티시그).
 */
function englishEnding(word: string): SpokenEnding {
  const w = word.toLowerCase();
  if (/le?$/.test(w)) return 'rieul';
  if (/(?:ng|[mn]|[aeiou][mn]e)$/.test(w)) return 'consonant';
  if (/(?:^|[^aeiou])[aeiou](?:ck|[cktp])$/.test(w)) return 'consonant';
  return 'vowel';
}

/**
 * How `text` ends when read aloud, for choosing the particle after it, or undefined when Charter cannot tell (an
 * emoji, a sign it does not know). Closing quotes, brackets and a final parenthetical are not read:
 * '구성원 9명(1인 1표)' ends on 명, 'Majority vote "vote-1"' on 일.
 */
export function spokenEnding(text: string): SpokenEnding | undefined {
  let rest = text.trim();
  for (;;) {
    const shorter = rest
      .replace(/\s*\([^()]*\)$/, '')
      .replace(/["'”’»)\]}.,!?…:;]+$/, '')
      .trimEnd();
    if (shorter === rest || shorter === '') break;
    rest = shorter;
  }
  const last = rest.at(-1) ?? '';
  const syllable = last.charCodeAt(0) - 0xac00;
  if (syllable >= 0 && syllable < 11_172) {
    const final = syllable % 28;
    return final === 0 ? 'vowel' : final === 8 ? 'rieul' : 'consonant';
  }
  if (/\d/.test(last)) return numberEnding(/[\d,]*(?:\.\d+)?$/.exec(rest)?.[0] ?? last);
  if (last in signEndings) return signEndings[last];
  const letters = /[A-Za-z]+$/.exec(rest)?.[0];
  if (letters === undefined) return undefined;
  if (letters.length === 1 || letters === letters.toUpperCase())
    return letterEndings[letters.at(-1)!] ?? 'vowel';
  return englishEnding(letters);
}
