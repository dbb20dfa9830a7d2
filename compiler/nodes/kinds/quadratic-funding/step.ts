import type { Fraction } from '../../../generated/charter-config.ts';
import { fractionToPercent } from '../../../simulate/fraction-to-percent.ts';
import { quadraticFunding } from '../../../simulate/mechanisms/quadratic-funding.ts';
import { backedByFor } from '../../../simulate/step/backed-by-for.ts';
import { decidedFailed } from '../../ports.ts';
import type { SimulationStep } from '../../simulation-step.ts';

/**
 * A funding round: voters drawn For contribute (nobody contributes against a project), to each of the proposal's
 * options with probability ½ (at least one), k times the minimum contribution for k from 1 to 10 (1 base unit when
 * the rule sets none); {@link quadraticFunding} shares the matching pool, with the matching cap. Decided when someone
 * contributed (and the quorum, if any, is met); it takes the round.
 */
export const quadraticFundingStep: SimulationStep = {
  role: 'decision',
  exits: decidedFailed,
  decide(input) {
    const { body, electorate, proposal, random } = input;
    const rule = body.rule;
    const { backers, result } = backedByFor(input, 'contributors', Number(rule.roundDuration ?? 0));
    const options = proposal.options;
    if (options === undefined || options.length < 2) return result;
    const least = rule.minContribution === undefined ? 1n : BigInt(rule.minContribution as string);
    const contributions = backers.flatMap((vote) => {
      const contributor = electorate.holders[vote.holder]!.address;
      const picked = options.filter(() => random() < 0.5);
      const projects = picked.length === 0 ? [options[Math.floor(random() * options.length)]!] : picked;
      return projects.map((project) => ({
        project,
        contributor,
        amount: least * BigInt(1 + Math.floor(random() * 10)),
      }));
    });
    const cap = rule.matchingCap as Fraction | undefined;
    const { matches } = quadraticFunding({
      pool: BigInt(rule.matchingPool as string),
      cap: cap === undefined ? null : { percent: fractionToPercent(cap) },
      contributions,
      minContribution: least,
    });
    result.allocation = options.map((option) => ({ option, amount: String(matches[option] ?? 0n) }));
    return result;
  },
};
