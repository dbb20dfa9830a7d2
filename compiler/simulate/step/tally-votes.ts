import type { DrawnVote } from '../draw-votes.ts';
import type { GeneratedElectorate } from '../scenario/generate-electorate.ts';
import type { TraceTally } from '../trace.ts';

/** Power by side, in base units of the electorate (1 per member). */
export interface Sides {
  for: bigint;
  against: bigint;
  abstain: bigint;
}

/** The power each side of the drawn votes holds, and the same as the trace writes it. */
export function tallyVotes(
  electorate: GeneratedElectorate,
  votes: readonly DrawnVote[],
): { sides: Sides; tally: TraceTally } {
  const sides: Sides = { for: 0n, against: 0n, abstain: 0n };
  for (const vote of votes) sides[vote.support] += electorate.holders[vote.holder]!.balance;
  return { sides, tally: traceTally(sides, votes.length) };
}

/** Sides as the trace writes them: decimal text, with the number of voters. */
export function traceTally(sides: Sides, voters: number): TraceTally {
  return { for: String(sides.for), against: String(sides.against), abstain: String(sides.abstain), voters };
}
