import type { SnapshotParameters, SnapshotTally } from './snapshot-types.ts';

/**
 * Snapshot's `single-choice` (and `basic`) voting: each ballot gives all of its voting power to one choice.
 *
 * - A ballot is valid when `choice` is a number `k` with `choices[k - 1]` defined, that is a whole number from 1
 *   to the number of choices. Invalid ballots add nothing to any score.
 * - `scores[k - 1]` is the sum of `vp` over valid ballots for `k`, added in ballot order as Snapshot does, so the
 *   floating-point result is the same bit for bit.
 * - `scoresTotal` is the sum of `vp` over every ballot, valid or not (Snapshot's `getScoresTotal`).
 *
 * Units: voting power, as given.
 */
export function singleChoice({ choices, votes }: SnapshotParameters): SnapshotTally {
  const count = choices.length;
  const scores = new Float64Array(count);
  let scoresTotal = 0;
  for (let i = 0; i < votes.length; i++) {
    const vote = votes[i]!;
    const choice = vote.choice;
    scoresTotal += vote.vp;
    if (typeof choice === 'number' && Number.isInteger(choice) && choice >= 1 && choice <= count) {
      scores[choice - 1]! += vote.vp;
    }
  }
  return { scores: Array.from(scores), scoresTotal };
}
