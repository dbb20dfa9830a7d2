import type { Holder, Preference } from './scenario/scenario.ts';

/** A drawn vote: the index of the holder and the side taken. */
export interface DrawnVote {
  holder: number;
  support: 'for' | 'against' | 'abstain';
  /** When in the voting window the vote is cast, as a fraction of the window in [0, 1). */
  moment: number;
}

/**
 * Which active holders vote, how and when: each active holder, in order, votes with probability `turnout`, then
 * takes For, Against or Abstain with probabilities proportional to `preference`, at a moment uniform over the voting
 * window. One draw for turnout and, for a voter, one for the side and one for the moment, so a seed always gives
 * the same votes.
 */
export function drawVotes(
  holders: readonly Holder[],
  turnout: number,
  preference: Preference,
  random: () => number,
): DrawnVote[] {
  const total = preference.for + preference.against + preference.abstain;
  const forUpTo = total > 0 ? preference.for / total : 0;
  const againstUpTo = total > 0 ? (preference.for + preference.against) / total : 0;
  const votes: DrawnVote[] = [];
  for (let holder = 0; holder < holders.length; holder++) {
    if (!holders[holder]!.active || !(random() < turnout)) continue;
    const side = random();
    votes.push({
      holder,
      support: side < forUpTo ? 'for' : side < againstUpTo ? 'against' : 'abstain',
      moment: random(),
    });
  }
  return votes;
}
