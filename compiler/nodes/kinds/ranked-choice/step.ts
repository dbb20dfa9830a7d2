import { rankedChoice } from '../../../simulate/mechanisms/ranked-choice.ts';
import { choiceVote } from '../../../simulate/step/choice-vote.ts';
import { decidedFailed } from '../../ports.ts';
import type { SimulationStep } from '../../simulation-step.ts';

/** Snapshot's ranked-choice vote ({@link choiceVote}): a ballot ranks every option in a uniformly random order. */
export const rankedChoiceStep: SimulationStep = {
  role: 'decision',
  exits: decidedFailed,
  decide: (input) =>
    choiceVote(input, rankedChoice, (options, random) => {
      // Fisher–Yates over 1..n.
      const order = Array.from({ length: options }, (_, i) => i + 1);
      for (let i = options - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      return order;
    }),
};
