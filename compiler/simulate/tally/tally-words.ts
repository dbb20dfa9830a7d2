import type { InputWords } from '../input-schema-problems.ts';

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
