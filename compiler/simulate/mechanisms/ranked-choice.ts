import { fullRankings } from './full-rankings.ts';
import type { SnapshotParameters, SnapshotTally } from './snapshot-types.ts';

/**
 * Snapshot's `ranked-choice` voting: instant runoff (IRV).
 *
 * - A ballot is valid when `choice` ranks every choice exactly once, each as a whole number from 1 to the number
 *   of choices (Snapshot does not accept partial rankings). Invalid ballots take no part in the runoff.
 * - Each round counts every valid ballot for its highest-ranked choice still in the race, adding voting power in
 *   ballot order. Only choices that some ballot currently ranks first are in the round.
 * - The runoff stops when the leader has strictly more than half of the valid voting power, or fewer than three
 *   choices are in the round; otherwise the choice with the least is eliminated (on a tie, the lowest-numbered
 *   one, as Snapshot's scan finds it first) and the next round is counted.
 * - `scores` are the counts of the last round; choices no longer in it score 0.
 * - `scoresTotal` is the sum of `vp` over every ballot, valid or not.
 *
 * One deliberate difference: Snapshot also accepts ranks given as numeric strings, booleans or one-element
 * arrays (it only checks `choices[rank - 1]`), then counts them inconsistently and can recurse without end on
 * `true`; here only numbers are ranks, and such ballots are invalid.
 *
 * Units: voting power, as given.
 */
export function rankedChoice({ choices, votes }: SnapshotParameters): SnapshotTally {
  const count = choices.length;
  let scoresTotal = 0;
  for (let i = 0; i < votes.length; i++) scoresTotal += votes[i]!.vp;
  const { ranks, vps, ballots, validTotal } = fullRankings(votes, count);
  const eliminated = new Uint8Array(count);
  const position = new Int32Array(ballots);
  const counts = new Float64Array(count);
  const inRound = new Uint8Array(count);
  for (;;) {
    counts.fill(0);
    inRound.fill(0);
    for (let b = 0; b < ballots; b++) {
      const base = b * count;
      let p = position[b]!;
      while (eliminated[ranks[base + p]!]) p++;
      position[b] = p;
      const top = ranks[base + p]!;
      counts[top]! += vps[b]!;
      inRound[top] = 1;
    }
    let candidates = 0;
    let topCount = Number.NEGATIVE_INFINITY;
    let bottom = -1;
    let bottomCount = Number.POSITIVE_INFINITY;
    for (let c = 0; c < count; c++) {
      if (!inRound[c]) continue;
      candidates++;
      if (counts[c]! > topCount) topCount = counts[c]!;
      if (counts[c]! < bottomCount) {
        bottomCount = counts[c]!;
        bottom = c;
      }
    }
    if (topCount > validTotal / 2 || candidates < 3) break;
    eliminated[bottom] = 1;
  }
  return { scores: Array.from(counts, (score, c) => (inRound[c] ? score : 0)), scoresTotal };
}
