import { snapshotChoiceIndex } from './snapshot-choice-index.ts';
import type { SnapshotParameters, SnapshotTally } from './snapshot-types.ts';

/**
 * Snapshot's `approval` voting: each ballot gives its full voting power to every choice it approves.
 *
 * - A ballot is valid when `choice` is an array whose every element names a choice by Snapshot's test
 *   (`choices[element - 1]` defined, so "2" passes as well as 2) and which holds no element twice (compared as
 *   a JavaScript `Set` does, so 2 and "2" are different). An empty array is valid and approves nothing.
 * - `scores[k - 1]` is the sum of `vp` over valid ballots whose array includes the number `k` itself (Snapshot
 *   uses `includes(k)`, so a valid "2" approves nothing), added in ballot order.
 * - `scoresTotal` is the sum of `vp` over every ballot, valid or not.
 *
 * Units: voting power, as given.
 */
export function approval({ choices, votes }: SnapshotParameters): SnapshotTally {
  const count = choices.length;
  const scores = new Float64Array(count);
  const seenIn = new Int32Array(count).fill(-1);
  let scoresTotal = 0;
  for (let i = 0; i < votes.length; i++) {
    const vote = votes[i]!;
    scoresTotal += vote.vp;
    const choice = vote.choice;
    if (!Array.isArray(choice) || !isValidApproval(choice, count, seenIn, i)) continue;
    for (const element of choice) if (typeof element === 'number') scores[element - 1]! += vote.vp;
  }
  return { scores: Array.from(scores), scoresTotal };
}

function isValidApproval(choice: unknown[], count: number, seenIn: Int32Array, ballot: number): boolean {
  let allNumbers = true;
  for (const element of choice) {
    const index = snapshotChoiceIndex(element, count);
    if (index < 0) return false;
    if (typeof element !== 'number') allNumbers = false;
    else if (seenIn[index] === ballot) return false;
    else seenIn[index] = ballot;
  }
  // Mixed arrays are rare; for them, compare exactly as Snapshot's Set does.
  return allNumbers || new Set(choice).size === choice.length;
}
