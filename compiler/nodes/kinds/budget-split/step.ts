import { budgetSplit } from '../../../simulate/mechanisms/budget-split.ts';
import { backedByFor } from '../../../simulate/step/backed-by-for.ts';
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
  decide(input) {
    const { body, electorate, proposal, random } = input;
    const { backers, result } = backedByFor(input, 'splits proposed', Number(body.rule.votingPeriod ?? 0));
    const options = proposal.options;
    if (options === undefined || options.length < 2) return result;
    const ballots = backers.map((vote) => {
      const split: bigint[] = options.map(() => BigInt(Math.floor(random() * 11)));
      if (!split.some((part) => part > 0n)) split[Math.floor(random() * options.length)] = 1n;
      return { split, weight: electorate.holders[vote.holder]!.balance };
    });
    // As Snapshot's weighted vote stores them: choice number to parts, the parts given.
    input.onBallots?.(
      ballots.map(({ split, weight }) => ({
        choice: Object.fromEntries(
          split.flatMap((part, i) => (part > 0n ? [[String(i + 1), Number(part)]] : [])),
        ),
        vp: Number(weight),
      })),
    );
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
