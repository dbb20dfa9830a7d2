import { budgetSplit } from '../../../simulate/mechanisms/budget-split.ts';
import { backedDecision } from '../../../simulate/step/backed-decision.ts';
import { tallyVotes } from '../../../simulate/step/tally-votes.ts';
import { decidedFailed } from '../../ports.ts';
import type { SimulationStep } from '../../simulation-step.ts';

/**
 * A split of the budget: voters drawn For propose a split (Snapshot's weighted vote has no Against), each 0 to 10
 * parts per option (not all 0), weighted by their power; {@link budgetSplit} with the rule's aggregation shares the
 * budget among the proposal's options (two or more). Decided when someone proposed a split and their power meets the
 * quorum, if any; it takes the voting period.
 */
export const budgetSplitStep: SimulationStep = {
  role: 'decision',
  exits: decidedFailed,
  decide({ body, electorate, votes, proposal, random }) {
    const { sides, tally } = tallyVotes(electorate, votes);
    const backers = votes.filter((vote) => vote.support === 'for');
    const result = backedDecision({
      rule: body.rule,
      supply: electorate.supply,
      counted: sides.for,
      chosen: backers.length > 0,
      threshold: { rule: 'splits proposed ≥ 1', needed: '1', counted: String(backers.length) },
      tally,
      duration: Number(body.rule.votingPeriod ?? 0),
    });
    const options = proposal.options;
    if (options === undefined || options.length < 2) return result;
    const ballots = backers.map((vote) => {
      const split: bigint[] = options.map(() => BigInt(Math.floor(random() * 11)));
      if (!split.some((part) => part > 0n)) split[Math.floor(random() * options.length)] = 1n;
      return { split, weight: electorate.holders[vote.holder]!.balance };
    });
    const { allocation } = budgetSplit({
      budget: BigInt(body.rule.budget as string),
      options: options.length,
      ballots,
      aggregation: body.rule.aggregation === 'mean' ? 'mean' : 'median',
    });
    result.allocation = options.map((option, i) => ({ option, amount: String(allocation[i]!) }));
    return result;
  },
};
