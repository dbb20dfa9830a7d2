import { snapshotChoiceIndex } from './snapshot-choice-index.ts';

/**
 * Reads a weighted or quadratic ballot as Snapshot does. Valid when `choice` is a non-empty plain object whose
 * every key names a choice (`choices[Number(key) - 1]` defined) and whose values are all numbers ≥ 0, at least one
 * above 0. Returns undefined for an invalid ballot, else the sum of all values (in key order, as
 * `Object.values(...).reduce` adds them) and the weight for each choice `k` found under the key `String(k)`
 * exactly, which is the only key Snapshot looks up: a key such as "01" is valid and counts in the sum, but gives
 * no choice any weight. `weights` is a list of (0-based index, value) pairs.
 */
export function snapshotWeights(
  choice: unknown,
  choiceCount: number,
): { sum: number; indices: number[]; values: number[] } | undefined {
  if (typeof choice !== 'object' || choice === null || Array.isArray(choice)) return undefined;
  const keys = Object.keys(choice);
  if (keys.length === 0) return undefined;
  const record = choice as Record<string, unknown>;
  let sum = 0;
  let positive = false;
  const indices: number[] = [];
  const values: number[] = [];
  for (const key of keys) {
    const index = snapshotChoiceIndex(key, choiceCount);
    const value = record[key];
    if (index < 0 || typeof value !== 'number' || !(value >= 0)) return undefined;
    if (value > 0) positive = true;
    sum += value;
    if (key === String(index + 1)) {
      indices.push(index);
      values.push(value);
    }
  }
  return positive ? { sum, indices, values } : undefined;
}
