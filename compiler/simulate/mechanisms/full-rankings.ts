/**
 * Keeps the ballots that rank every choice exactly once with whole numbers from 1 to `choiceCount`, as
 * Snapshot's ranked-choice and Copeland types require. Returns the valid rankings as 0-based choice indices,
 * packed ballot after ballot in one typed array, with each valid ballot's voting power beside it (in ballot
 * order) and their sum, added in ballot order.
 */
export function fullRankings(
  votes: readonly { choice: unknown; vp: number }[],
  choiceCount: number,
): { ranks: Int32Array; vps: Float64Array; ballots: number; validTotal: number } {
  const ranks = new Int32Array(votes.length * choiceCount);
  const vps = new Float64Array(votes.length);
  const seenIn = new Int32Array(choiceCount).fill(-1);
  let ballots = 0;
  let validTotal = 0;
  next: for (let i = 0; i < votes.length; i++) {
    const vote = votes[i]!;
    const choice = vote.choice;
    if (!Array.isArray(choice) || choice.length !== choiceCount || choiceCount === 0) continue;
    const base = ballots * choiceCount;
    for (let r = 0; r < choiceCount; r++) {
      const element: unknown = choice[r];
      if (typeof element !== 'number' || !Number.isInteger(element) || element < 1 || element > choiceCount)
        continue next;
      if (seenIn[element - 1] === i) continue next;
      seenIn[element - 1] = i;
      ranks[base + r] = element - 1;
    }
    vps[ballots] = vote.vp;
    validTotal += vote.vp;
    ballots++;
  }
  return { ranks, vps, ballots, validTotal };
}
