import type { SnapshotParameters, SnapshotTally } from './snapshot-types.ts';
import { type SnapshotWeightsScratch, snapshotWeights } from './snapshot-weights.ts';

/**
 * Snapshot's `quadratic` voting: each ballot spreads its voting power over choices by weight, and a choice's
 * strength is the square of the sum of the square roots of what each voter gave it, which damps large holders.
 *
 * - Valid ballots are those {@link snapshotWeights} accepts; invalid ones add nothing.
 * - For each choice: `q = (Σ √(weight / Σ weights · vp))²` over valid ballots, in ballot order.
 * - The scores are the `q` rescaled to add up to the voting power of the valid ballots:
 *   `score = validVp · q / Σ q` (0 when every `q` is 0), Snapshot's "reduced quadratic scores", so that quorums
 *   in voting power still mean what they say.
 * - `scoresTotal` is the sum of `vp` over every ballot, valid or not.
 *
 * Units: voting power, as given.
 */
export function quadratic({ choices, votes }: SnapshotParameters): SnapshotTally {
  const count = choices.length;
  const roots = new Float64Array(count);
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
      const share = scratch.values[k]! / scratch.sum;
      roots[scratch.indices[k]!]! += Math.sqrt((Number.isNaN(share) ? 0 : share) * vote.vp);
    }
  }
  const squares = Array.from(roots, (root) => root * root);
  let whole = 0;
  for (const square of squares) whole += square;
  const scores = squares.map((square) => {
    const share = square / whole;
    return validTotal * (Number.isNaN(share) ? 0 : share);
  });
  return { scores, scoresTotal };
}
