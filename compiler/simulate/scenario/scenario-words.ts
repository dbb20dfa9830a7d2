import type { InputWords } from '../input-schema-problems.ts';

/** How a scenario's problems read: "proposals[0].turnout must be a number from 0 to 1". */
export const scenarioWords: InputWords = {
  whole: 'the scenario',
  unknownField: (path, key, known) =>
    `${path === '' ? 'scenario' : path}.${key} is not a scenario field${known.length ? ` (expected ${known.join(', ')})` : ''}`,
  missing: (path, description) => `${path} is required${description ? `: ${description}` : ''}`,
  mustBe: (path, description) => `${path} must be ${description}`,
};
