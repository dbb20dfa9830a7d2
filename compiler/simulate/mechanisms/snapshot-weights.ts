/** Scratch space for {@link snapshotWeights}, sized for one proposal's choices; reused ballot after ballot. */
export interface SnapshotWeightsScratch {
  /** `String(k)` → k − 1 for each choice k: the only keys Snapshot looks a weight up under. */
  keys: Map<string, number>;
  /** Filled with the 0-based choice index of each weight found. */
  indices: Int32Array;
  /** Filled with the weight beside each index. */
  values: Float64Array;
  /** Set to the sum of all the ballot's values. */
  sum: number;
}

/**
 * Reads a weighted or quadratic ballot as Snapshot does. Valid when `choice` is a non-empty plain object whose
 * every key names a choice (`choices[Number(key) - 1]` defined) and whose values are all numbers ≥ 0, at least one
 * above 0. Returns -1 for an invalid ballot; else fills `scratch` and returns how many weights it found: the sum of
 * all values (in key order, as `Object.values(...).reduce` adds them), and the weight of each choice k found under
 * the key `String(k)` exactly, the only key Snapshot looks up: a key such as "01" is valid and counts in the sum,
 * but gives no choice any weight.
 */
export function snapshotWeights(choice: unknown, scratch: SnapshotWeightsScratch): number {
  if (typeof choice !== 'object' || choice === null || Array.isArray(choice)) return -1;
  const record = choice as Record<string | number, unknown>;
  const count = scratch.keys.size;
  const keys = Object.keys(record);
  let sum = 0;
  let positive = false;
  let found = 0;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    let index = scratch.keys.get(key);
    let value: unknown;
    if (index !== undefined) {
      value = record[index + 1];
      if (typeof value !== 'number' || !(value >= 0)) return -1;
      scratch.indices[found] = index;
      scratch.values[found] = value;
      found++;
    } else {
      // Not String(k) for any choice: valid only if it still reads as a choice number ("01"), and then only
      // counts in the sum.
      index = Number(key) - 1;
      value = record[key];
      if (
        !(Number.isInteger(index) && index >= 0 && index < count) ||
        typeof value !== 'number' ||
        !(value >= 0)
      )
        return -1;
    }
    if (value > 0) positive = true;
    sum += value;
  }
  if (keys.length === 0 || !positive) return -1;
  scratch.sum = sum;
  return found;
}
