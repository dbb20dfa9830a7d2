import type { Ratio } from './mechanisms/ratio.ts';

/** A counted vote: weight in base units, time in seconds from the proposal. */
export interface TimedVote {
  support: 'for' | 'against' | 'abstain';
  weight: bigint;
  at: number;
}

/**
 * Aragon's early execution: the first time at which the outcome can no longer change, that is quorum is reached
 * and the support threshold t is met even if all the power that has not voted yet votes Against:
 * (1 − t) · For > t · (Against + supply − For − Against − Abstain) (TokenVoting's `isSupportThresholdReachedEarly`
 * with `isMinParticipationReached`). Votes of one time count together. Undefined when that never happens.
 *
 * @param quorumReached - whether the counted votes reach quorum, given the running For, Against and Abstain.
 */
export function earlyDecision(
  votes: readonly TimedVote[],
  supply: bigint,
  support: Ratio,
  quorumReached: (tally: { for: bigint; against: bigint; abstain: bigint }) => boolean,
): number | undefined {
  const sorted = [...votes].sort((a, b) => a.at - b.at);
  const tally = { for: 0n, against: 0n, abstain: 0n };
  for (let k = 0; k < sorted.length; ) {
    const at = sorted[k]!.at;
    for (; k < sorted.length && sorted[k]!.at === at; k++) tally[sorted[k]!.support] += sorted[k]!.weight;
    const rest = supply - tally.for - tally.against - tally.abstain;
    const worst = tally.against + (rest > 0n ? rest : 0n);
    if (quorumReached(tally) && (support.den - support.num) * tally.for > support.num * worst) return at;
  }
  return undefined;
}
