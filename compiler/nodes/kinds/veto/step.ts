import type { Fraction } from '../../../generated/charter-config.ts';
import { fractionToPercent } from '../../../simulate/fraction-to-percent.ts';
import { veto } from '../../../simulate/mechanisms/veto.ts';
import { smallestCoalition } from '../../../simulate/step/coalition.ts';
import { tallyVotes } from '../../../simulate/step/tally-votes.ts';
import type { SimulationStep } from '../../simulation-step.ts';

type VetoShare = { fraction: Fraction } | { count: number };

/** Vetoes needed from `members`: the count, or ⌈members · share⌉; at least one. */
function needed(share: VetoShare, members: number): bigint {
  const least =
    'count' in share
      ? BigInt(share.count)
      : (BigInt(members) * BigInt(share.fraction.numerator) + BigInt(share.fraction.denominator) - 1n) /
        BigInt(share.fraction.denominator);
  return least > 1n ? least : 1n;
}

/**
 * A second body may block: {@link veto}, one veto per member drawn voting Against (whatever their balance); blocked
 * (exit `vetoed`) when the vetoes reach the threshold, a count or ⌈members · share⌉, and never with no veto at all.
 * It takes the window; a window of 0 (no limit) adds no wait: the proposal goes on while the veto, in the contract,
 * stays open. Capture: unopposed, nobody; opposed, the fewest top members such that the others are fewer than the
 * vetoes needed.
 */
export const vetoStep: SimulationStep = {
  role: 'decision',
  exits: [
    { id: 'passed', role: 'passed' },
    { id: 'vetoed', role: 'vetoed' },
  ],
  decide({ body, electorate, votes }) {
    const share = body.rule.threshold as VetoShare;
    const result = veto({
      members: electorate.holders.map((holder) => holder.address),
      threshold:
        'fraction' in share ? { percent: fractionToPercent(share.fraction) } : { count: share.count },
      vetoes: votes
        .filter((vote) => vote.support === 'against')
        .map((vote) => ({ member: electorate.holders[vote.holder]!.address })),
    });
    return {
      exit: result.blocked ? 'vetoed' : 'passed',
      duration: Number(body.rule.window ?? 0),
      tally: tallyVotes(electorate, votes).tally,
      threshold: {
        rule: 'vetoes ≥ needed blocks',
        needed: String(result.needed),
        counted: String(result.vetoes),
        met: result.blocked,
      },
    };
  },
  capture(body, electorate) {
    const members = electorate.holders.length;
    const least = Number(needed(body.rule.threshold as VetoShare, members));
    // One veto per member, whatever their balance: the others must be fewer than the vetoes needed.
    return {
      unopposed: smallestCoalition(electorate, 0, () => true),
      opposed: smallestCoalition(electorate, Math.max(0, members - least + 1), () => true),
    };
  },
};
