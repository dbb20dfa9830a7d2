import type { SnapshotParameters, SnapshotTally } from './snapshot-types.ts';
import { snapshotWeights } from './snapshot-weights.ts';

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
  let scoresTotal = 0;
  let validTotal = 0;
  for (let i = 0; i < votes.length; i++) {
    const vote = votes[i]!;
    scoresTotal += vote.vp;
    const weights = snapshotWeights(vote.choice, count);
    if (weights === undefined) continue;
    validTotal += vote.vp;
    for (let k = 0; k < weights.indices.length; k++) {
      const share = weights.values[k]! / weights.sum;
      roots[weights.indices[k]!]! += Math.sqrt((Number.isNaN(share) ? 0 : share) * vote.vp);
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
