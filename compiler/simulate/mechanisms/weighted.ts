import type { SnapshotParameters, SnapshotTally } from './snapshot-types.ts';
import { type SnapshotWeightsScratch, snapshotWeights } from './snapshot-weights.ts';

/**
 * Snapshot's `weighted` voting: each ballot spreads its voting power over choices in proportion to the weights
 * it gives them (`{"1": 2, "3": 1}` gives two thirds to choice 1 and one third to choice 3).
 *
 * - Valid ballots are those {@link snapshotWeights} accepts; invalid ones add nothing.
 * - Each choice first collects Σ (weight / Σ weights · 100 / 100) · vp over valid ballots, in ballot order, with
 *   Snapshot's exact floating-point steps. The scores are then rescaled so that they add up to the voting power
 *   of the valid ballots: `score = validVp / 100 · (collected / Σ collected · 100)`, or 0 when nothing was collected.
 * - `scoresTotal` is the sum of `vp` over every ballot, valid or not.
 *
 * Units: voting power, as given.
 */
export function weighted({ choices, votes }: SnapshotParameters): SnapshotTally {
  const count = choices.length;
  const results = new Float64Array(count);
  const scratch: SnapshotWeightsScratch = {
    keys: new Map(Array.from({ length: count }, (_, i) => [String(i + 1), i])),
    indices: new Int32Array(count),
    values: new Float64Array(count),
    sum: 0,
  };
  let scoresTotal = 0;
  let validTotal = 0;
  for (let i = 0; i < votes.length; i++) {
    const vote = votes[i]!;
    scoresTotal += vote.vp;
    const found = snapshotWeights(vote.choice, scratch);
    if (found < 0) continue;
    validTotal += vote.vp;
    for (let k = 0; k < found; k++) {
      const percent = (scratch.values[k]! / scratch.sum) * 100;
      results[scratch.indices[k]!]! += ((Number.isNaN(percent) ? 0 : percent) / 100) * vote.vp;
    }
  }
  let collected = 0;
  for (const result of results) collected += result;
  const scores = Array.from(results, (result) => {
    const percent = (result / collected) * 100;
    return (validTotal / 100) * (Number.isNaN(percent) ? 0 : percent);
  });
  return { scores, scoresTotal };
}
