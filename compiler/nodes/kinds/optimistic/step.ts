import { optimistic } from '../../../simulate/mechanisms/optimistic.ts';
import { smallestCoalition } from '../../../simulate/step/coalition.ts';
import { amountOfShare, type ConfigShare, supplyShareOf } from '../../../simulate/step/config-share.ts';
import { tallyVotes } from '../../../simulate/step/tally-votes.ts';
import type { SimulationStep } from '../../simulation-step.ts';

/**
 * Passes unless objections exceed the threshold: {@link optimistic}, holders drawn Against objecting with their
 * balance; it takes the challenge period. Capture: unopposed, nobody (it passes when no one objects); opposed, the
 * fewest top holders whose outsiders' power stays at or below the objection threshold (⌊supply · share⌋).
 */
export const optimisticStep: SimulationStep = {
  role: 'decision',
  exits: [
    { id: 'passed', role: 'passed' },
    { id: 'failed', role: 'failed' },
  ],
  decide({ body, electorate, votes }) {
    const result = optimistic({
      supply: electorate.supply,
      objectionThreshold: supplyShareOf(body.rule.objectionThreshold as ConfigShare),
      objections: votes
        .filter((vote) => vote.support === 'against')
        .map((vote) => ({ weight: electorate.holders[vote.holder]!.balance })),
    });
    return {
      exit: result.passed ? 'passed' : 'failed',
      duration: Number(body.rule.challengePeriod ?? 0),
      tally: tallyVotes(electorate, votes).tally,
      threshold: {
        rule: 'objections > threshold blocks',
        needed: String(result.threshold),
        counted: String(result.objections),
        met: result.blocked,
      },
    };
  },
  capture(body, electorate) {
    const threshold = amountOfShare(body.rule.objectionThreshold as ConfigShare, electorate.supply, 'floor');
    return {
      unopposed: smallestCoalition(electorate, 0, () => true),
      opposed: smallestCoalition(electorate, 0, (_power, rest) => rest <= threshold),
    };
  },
};
