import { approval } from '../../../simulate/mechanisms/approval.ts';
import { choiceVote } from '../../../simulate/step/choice-vote.ts';
import { decidedFailed } from '../../ports.ts';
import type { SimulationStep } from '../../simulation-step.ts';

/**
 * Snapshot's approval vote ({@link choiceVote}): a ballot approves each option with probability ½ (at least one, at
 * most `maxApprovals`).
 */
export const approvalStep: SimulationStep = {
  role: 'decision',
  exits: decidedFailed,
  decide: (input) => {
    const most = Number(input.body.rule.maxApprovals ?? Number.POSITIVE_INFINITY);
    return choiceVote(input, approval, (options, random) => {
      const picked = Array.from({ length: options }, (_, i) => i + 1).filter(() => random() < 0.5);
      const chosen = picked.length === 0 ? [1 + Math.floor(random() * options)] : picked;
      return chosen.slice(0, Math.max(1, most));
    });
  },
};
