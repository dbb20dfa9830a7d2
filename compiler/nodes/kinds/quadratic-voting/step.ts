import { quadratic } from '../../../simulate/mechanisms/quadratic.ts';
import { choiceVote } from '../../../simulate/step/choice-vote.ts';
import { decidedFailed } from '../../ports.ts';
import type { SimulationStep } from '../../simulation-step.ts';

/** Snapshot's quadratic vote ({@link choiceVote}): a ballot gives each option a weight from 0 to 3 (one positive). */
export const quadraticVotingStep: SimulationStep = {
  role: 'decision',
  exits: decidedFailed,
  decide: (input) =>
    choiceVote(input, quadratic, (options, random) => {
      const weights: Record<string, number> = {};
      for (let i = 0; i < options; i++) {
        const weight = Math.floor(random() * 4);
        if (weight > 0) weights[String(i + 1)] = weight;
      }
      if (Object.keys(weights).length === 0) weights[String(1 + Math.floor(random() * options))] = 1;
      return weights;
    }),
};
