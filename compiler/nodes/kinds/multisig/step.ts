import { multisig } from '../../../simulate/mechanisms/multisig.ts';
import { smallestCoalition } from '../../../simulate/step/coalition.ts';
import { tallyVotes } from '../../../simulate/step/tally-votes.ts';
import { passedFailed } from '../../ports.ts';
import type { SimulationStep } from '../../simulation-step.ts';

/**
 * k of n signers: {@link multisig}, a signer approving when drawn voting For; it takes no time. Capture: the
 * threshold's number of signers, opposed or not (none when the threshold is above the number of signers).
 */
export const multisigStep: SimulationStep = {
  role: 'decision',
  exits: passedFailed,
  decide({ body, electorate, votes }) {
    const result = multisig({
      signers: electorate.holders.map((holder) => holder.address),
      threshold: Number(body.rule.threshold),
      approvals: votes
        .filter((vote) => vote.support === 'for')
        .map((vote) => electorate.holders[vote.holder]!.address),
    });
    return {
      exit: result.passed ? 'passed' : 'failed',
      duration: 0,
      tally: tallyVotes(electorate, votes).tally,
      threshold: {
        rule: 'approvals ≥ threshold',
        needed: String(result.threshold),
        counted: String(result.approvals),
        met: result.passed,
      },
    };
  },
  capture(body, electorate) {
    const k = Number(body.rule.threshold);
    const result = k <= electorate.holders.length ? smallestCoalition(electorate, k, () => true) : null;
    return { unopposed: result, opposed: result };
  },
};
