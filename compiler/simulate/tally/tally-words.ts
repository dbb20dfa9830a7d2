import { koreanParticle } from '../../format/korean-particle.ts';
import type { Language } from '../../nodes/node-kind.ts';
import type { InputWords } from '../input-schema-problems.ts';
import { koreanDescription } from '../scenario/korean-description.ts';

/** The value as a message shows it, cut short. */
function shown(value: unknown): string {
  const text = value === undefined ? 'nothing' : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** How a tally input's problems read, as the readers of fields.ts word theirs: "votes[0].vp: expected ..., got -1". */
export const tallyWords: InputWords = {
  whole: 'input',
  unknownField: (path, key, known) =>
    `${path === '' ? key : `${path}.${key}`}: unknown field; expected one of ${known.join(', ')}`,
  missing: (path) => `${path}: is required`,
  mustBe: (path, description, value) => `${path}: expected ${description}, got ${shown(value)}`,
};

/** A tally schema's description of a value in Korean; what neither this nor the scenario's table knows stays English. */
function koreanTallyDescription(description: string): string {
  const fixed: Record<string, string> = {
    'voting power as a non-negative number': '0 이상의 수인 투표권',
    'true or false': 'true 또는 false',
    'a string': '문자열',
    'a percentage from 0 to 100 as a decimal string such as "4.5"':
      '"4.5"처럼 0부터 100까지의 비율을 쓴 십진수 문자열',
    'a non-negative decimal such as 0.9': '0.9처럼 0 이상의 소수',
    'a non-negative decimal string such as "40"': '"40"처럼 0 이상의 십진수 문자열',
    'a whole number from 1 to the number of signers': '1 이상 서명자 수 이하의 정수',
  };
  const known = fixed[description];
  if (known !== undefined) return known;
  const amount = /^an amount in whole tokens as a decimal string such as (.+)$/.exec(description);
  if (amount) return `${amount[1]}처럼 토큰 단위의 십진수 문자열`;
  const exactly = /^exactly one of (.+)$/.exec(description);
  if (exactly) return `${exactly[1]!.replace(/ or /g, ', ')} 중 정확히 하나`;
  return koreanDescription(description.replace(/ or /g, ', '));
}

/** The same in Korean: "votes[0].vp: 0 이상의 수여야 하는데 -1입니다". */
const koreanTallyWords: InputWords = {
  whole: '입력',
  unknownField: (path, key, known) =>
    `${koreanParticle(path === '' ? key : `${path}.${key}`, '은', '는')} 알 수 없는 필드입니다. 가능한 필드: ${known.join(', ')}`,
  missing: (path) => `${path}: 필요한 필드입니다`,
  mustBe: (path, description, value) =>
    `${path}: ${koreanParticle(koreanTallyDescription(description), '이어야', '여야')} 하는데 ${shown(value)}입니다`,
};

/** How a tally input's problems read in `language`. */
export function tallyWordsIn(language: Language): InputWords {
  return language === 'ko' ? koreanTallyWords : tallyWords;
}
