import { fullRankings } from './full-rankings.ts';
import type { SnapshotParameters, SnapshotTally } from './snapshot-types.ts';

/**
 * Snapshot's `ranked-choice` voting: instant runoff (IRV).
 *
 * - A ballot is valid when `choice` ranks every choice exactly once, each as a whole number from 1 to the number
 *   of choices (Snapshot does not accept partial rankings). Invalid ballots take no part in the runoff.
 * - Each round counts every valid ballot for its highest-ranked choice still in the race, adding voting power in
 *   ballot order. Every choice not yet eliminated is in the round, even with nothing (Snapshot collects the
 *   candidates from whole ballots, not from first preferences), so choices nobody ranks first go out first.
 * - The runoff stops when the leader has strictly more than half of the valid voting power, or fewer than three
 *   choices are left; otherwise the choice with the least is eliminated (on a tie, the lowest-numbered one, as
 *   Snapshot's scan finds it first) and the next round is counted.
 * - `scores` are the counts of the last round; eliminated choices score 0. With no valid ballot every score is 0.
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
  let left = ballots === 0 ? 0 : count;
  for (;;) {
    counts.fill(0);
    for (let b = 0; b < ballots; b++) {
      const base = b * count;
      let p = position[b]!;
      while (eliminated[ranks[base + p]!]) p++;
      position[b] = p;
      counts[ranks[base + p]!]! += vps[b]!;
    }
    let topCount = Number.NEGATIVE_INFINITY;
    let bottom = -1;
    let bottomCount = Number.POSITIVE_INFINITY;
    for (let c = 0; c < count; c++) {
      if (eliminated[c]) continue;
      if (counts[c]! > topCount) topCount = counts[c]!;
      if (counts[c]! < bottomCount) {
        bottomCount = counts[c]!;
        bottom = c;
      }
    }
    if (topCount > validTotal / 2 || left < 3) break;
    eliminated[bottom] = 1;
    left--;
  }
  return { scores: Array.from(counts, (score, c) => (eliminated[c] ? 0 : score)), scoresTotal };
}
