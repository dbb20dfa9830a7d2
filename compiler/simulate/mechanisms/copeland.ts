import { fullRankings } from './full-rankings.ts';
import type { SnapshotParameters, SnapshotTally } from './snapshot-types.ts';

/**
 * Snapshot's `copeland` voting: every pair of choices meets head to head.
 *
 * - A ballot is valid when it ranks every choice exactly once with whole numbers (as for ranked choice).
 * - For each pair, the margin is the voting power of valid ballots ranking A above B minus that ranking B above A,
 *   accumulated ballot by ballot in Snapshot's order (with whole voting power and sums below 2^53 every sum is
 *   exact, so a faster order gives the same bits). Counting each ordered pair from both sides as Snapshot does,
 *   a win gives the winner 1 point per side (2 in all), a tie gives both 0.5 per side.
 * - Ties in points are broken by average support: each choice adds 0.5 · (voting power ranking it above another,
 *   summed over its matchups) / ((choices − 1) · valid voting power), which is below 0.5 and so never overturns
 *   a win.
 * - The points are rescaled to add up to the valid voting power; if they add up to 0, each choice gets an equal
 *   share of it.
 * - `scoresTotal` is the voting power of the VALID ballots only, unlike the other Snapshot types.
 *
 * Units: voting power, as given.
 */
export function copeland({ choices, votes }: SnapshotParameters): SnapshotTally {
  const count = choices.length;
  const { ranks, vps, ballots, validTotal } = fullRankings(votes, count);
  const margins = new Float64Array(count * count);
  const supportFor = new Float64Array(count);
  if (exactSums(vps, ballots, validTotal * Math.max(1, count - 1))) {
    // Whole voting power with every sum below 2^53: every partial sum is exact, so any order gives Snapshot's
    // bits. Count once who ranks a above b, W(a, b), and take the margin W(a, b) − W(b, a) at the end.
    if (count <= 12) winsBySubset(ranks, vps, ballots, count, margins, supportFor);
    else {
      for (let b = 0; b < ballots; b++) {
        const base = b * count;
        const vp = vps[b]!;
        for (let upper = 0; upper < count; upper++) {
          const row = ranks[base + upper]! * count;
          for (let lower = upper + 1; lower < count; lower++) margins[row + ranks[base + lower]!]! += vp;
          supportFor[ranks[base + upper]!]! += (count - 1 - upper) * vp;
        }
      }
    }
    for (let a = 0; a < count; a++) {
      for (let c = a + 1; c < count; c++) {
        const margin = margins[a * count + c]! - margins[c * count + a]!;
        margins[a * count + c] = margin;
        margins[c * count + a] = -margin;
      }
    }
  } else {
    // Otherwise add and subtract ballot by ballot exactly as Snapshot does, so that rounding is the same.
    for (let b = 0; b < ballots; b++) {
      const base = b * count;
      const vp = vps[b]!;
      for (let upper = 0; upper < count; upper++) {
        const preferred = ranks[base + upper]!;
        for (let lower = upper + 1; lower < count; lower++) {
          const other = ranks[base + lower]!;
          margins[preferred * count + other]! += vp;
          margins[other * count + preferred]! -= vp;
          supportFor[preferred]! += vp;
        }
      }
    }
  }
  const points = new Float64Array(count);
  for (let a = 0; a < count; a++) {
    for (let b = 0; b < count; b++) {
      if (a === b) continue;
      const margin = margins[a * count + b]!;
      if (margin > 0) points[a]! += 1;
      else if (margin < 0) points[b]! += 1;
      else {
        points[a]! += 0.5;
        points[b]! += 0.5;
      }
    }
  }
  const matchups = count - 1;
  if (validTotal > 0 && matchups > 0) {
    for (let c = 0; c < count; c++) points[c]! += 0.5 * (supportFor[c]! / (matchups * validTotal));
  }
  let totalPoints = 0;
  for (const point of points) totalPoints += point;
  const scores =
    totalPoints > 0
      ? Array.from(points, (point) => (point / totalPoints) * validTotal)
      : Array.from(points, () => validTotal / count);
  return { scores, scoresTotal: validTotal };
}

/** Whether every voting power is a whole number and `bound` (the largest sum formed) is below 2^53. */
function exactSums(vps: Float64Array, ballots: number, bound: number): boolean {
  if (!(bound <= Number.MAX_SAFE_INTEGER)) return false;
  for (let b = 0; b < ballots; b++) if (!Number.isInteger(vps[b]!)) return false;
  return true;
}

/**
 * W(a, b) into `wins[a · count + b]` in O(ballots · count + count² · 2^count) instead of O(ballots · count²): each
 * ballot adds its voting power once per choice, under the set of choices it ranks below that choice; the sets are
 * then opened up. Exact only when every sum is (whole voting power below 2^53).
 */
function winsBySubset(
  ranks: Int32Array,
  vps: Float64Array,
  ballots: number,
  count: number,
  wins: Float64Array,
  supportFor: Float64Array,
): void {
  const subsets = 1 << count;
  const bySubset = new Float64Array(count * subsets);
  for (let b = 0; b < ballots; b++) {
    const base = b * count;
    const vp = vps[b]!;
    let below = 0;
    for (let r = count - 1; r >= 0; r--) {
      const choice = ranks[base + r]!;
      bySubset[choice * subsets + below]! += vp;
      below |= 1 << choice;
    }
  }
  for (let a = 0; a < count; a++) {
    for (let subset = 1; subset < subsets; subset++) {
      const vp = bySubset[a * subsets + subset]!;
      if (vp === 0) continue;
      for (let other = 0; other < count; other++) {
        if (subset & (1 << other)) {
          wins[a * count + other]! += vp;
          supportFor[a]! += vp;
        }
      }
    }
  }
}
