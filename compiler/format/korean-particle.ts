import { spokenEnding } from './spoken-ending.ts';

/**
 * `word` followed by the Korean particle its pronunciation takes: `koreanParticle('보유자', '이', '가')` → '보유자가',
 * `koreanParticle('3명', '이', '가')` → '3명이', `koreanParticle('4%', '이', '가')` → '4%가' (퍼센트),
 * `koreanParticle('ETH', '을', '를')` → 'ETH를' (이티에이치), `koreanParticle('Timelock', '으로', '로')` → 'Timelock으로'.
 * For `으로`/`로`, a final ㄹ takes `로`. Only a word whose sound Charter cannot tell (an emoji) gets both forms.
 */
export function koreanParticle(word: string, afterConsonant: string, afterVowel: string): string {
  const ending = spokenEnding(word);
  if (ending === undefined) {
    if (afterVowel === afterConsonant) return `${word}${afterVowel}`;
    return `${word}${afterConsonant === '으로' ? '(으)로' : `${afterConsonant}(${afterVowel})`}`;
  }
  if (ending === 'vowel' || (ending === 'rieul' && afterConsonant === '으로')) return `${word}${afterVowel}`;
  return `${word}${afterConsonant}`;
}
