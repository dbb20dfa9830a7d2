import { koreanParticle } from '../../format/korean-particle.ts';
import type { Language } from '../../nodes/node-kind.ts';
import type { InputWords } from '../input-schema-problems.ts';
import { koreanDescription } from './korean-description.ts';

/** How a scenario's problems read: "proposals[0].turnout must be a number from 0 to 1". */
export const scenarioWords: InputWords = {
  whole: 'the scenario',
  unknownField: (path, key, known) =>
    `${path === '' ? 'scenario' : path}.${key} is not a scenario field${known.length ? ` (expected ${known.join(', ')})` : ''}`,
  missing: (path, description) => `${path} is required${description ? `: ${description}` : ''}`,
  mustBe: (path, description) => `${path} must be ${description}`,
};

/** The same in Korean: "proposals[0].turnout 값이 올바르지 않습니다. 필요한 값: 0 이상 1 이하의 수". */
const koreanWords: InputWords = {
  whole: '시나리오',
  unknownField: (path, key, known) =>
    `${koreanParticle(`${path === '' ? 'scenario' : path}.${key}`, '은', '는')} 시나리오 필드가 아닙니다${known.length ? ` (가능한 필드: ${known.join(', ')})` : ''}`,
  missing: (path, description) =>
    `${path} 필드가 필요합니다${description ? `. 필요한 값: ${koreanDescription(description)}` : ''}`,
  mustBe: (path, description) =>
    `${path} 값이 올바르지 않습니다. 필요한 값: ${koreanDescription(description)}`,
};

/** How a scenario's problems read in `language`. */
export function scenarioWordsIn(language: Language): InputWords {
  return language === 'ko' ? koreanWords : scenarioWords;
}
