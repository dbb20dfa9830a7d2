// How digits and signs end when read aloud, for the particles after them: 1 일, 3 삼, 0 영 end in a consonant.
const spokenEndsInConsonant: Record<string, boolean> = {
  '0': true,
  '1': true,
  '2': false,
  '3': true,
  '4': false,
  '5': false,
  '6': true,
  '7': true,
  '8': true,
  '9': false,
  '%': false,
};

/**
 * A Korean particle chosen by how `word` ends: `koreanParticle('보유자', '이', '가')` → '보유자가',
 * `koreanParticle('3명', '이', '가')` → '3명이', `koreanParticle('구성원 9명(1인 1표)', '이', '가')` → '구성원 9명(1인 1표)이'. For `으로`/`로`, a final ㄹ takes `로`. Words ending in Latin letters,
 * which Korean readers pronounce in several ways, get both forms: 'Token vote(으)로'.
 */
export function koreanParticle(word: string, afterConsonant: string, afterVowel: string): string {
  // A closing parenthetical is not read before the particle: '구성원 9명(1인 1표)' ends, for it, in '명'.
  const last =
    word
      .trim()
      .replace(/\s*\([^()]*\)$/, '')
      .at(-1) ?? '';
  const code = last.charCodeAt(0) - 0xac00;
  let consonant: boolean | undefined;
  let rieul = false;
  if (code >= 0 && code < 11_172) {
    const final = code % 28;
    consonant = final !== 0;
    rieul = final === 8;
  } else if (last in spokenEndsInConsonant) {
    consonant = spokenEndsInConsonant[last];
    rieul = last === '1' || last === '7' || last === '8';
  }
  if (afterConsonant === '으로' && rieul) return `${word}${afterVowel}`;
  if (consonant === undefined)
    return `${word}${afterVowel === afterConsonant ? afterVowel : afterConsonant === '으로' ? '(으)로' : `${afterConsonant}(${afterVowel})`}`;
  return `${word}${consonant ? afterConsonant : afterVowel}`;
}
