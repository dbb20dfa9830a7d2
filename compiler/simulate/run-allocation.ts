import type { ConfigBody, Fraction } from '../generated/charter-config.ts';
import type { DrawnVote } from './draw-votes.ts';
import { fractionToPercent } from './fraction-to-percent.ts';
import { budgetSplit } from './mechanisms/budget-split.ts';
import { quadraticFunding } from './mechanisms/quadratic-funding.ts';
import type { GeneratedElectorate } from './scenario/generate-electorate.ts';

/** How much each option gets, in base units of the decision's asset (decimal text). */
export type Allocation = { option: string; amount: string }[];

/**
 * What an allocating decision gives the proposal's options (as projects or budget lines), from what every voter who
 * took part is drawn to do:
 *
 * - `budget-split`: each voter proposes a split of 0 to 10 parts per option (not all 0), weighted by their power;
 *   {@link budgetSplit} with the rule's aggregation shares the rule's budget.
 * - `quadratic-funding`: each voter gives to each option with probability ½ (at least one), k times the minimum
 *   contribution for k from 1 to 10 (the minimum being 1 base unit when the rule sets none); {@link quadraticFunding}
 *   shares the matching pool, with the matching cap.
 *
 * Undefined for other kinds or fewer than two options.
 */
export function runAllocation(
  body: ConfigBody,
  electorate: GeneratedElectorate,
  votes: readonly DrawnVote[],
  options: readonly string[],
  random: () => number,
): Allocation | undefined {
  if (options.length < 2) return undefined;
  const rule = body.rule as Record<string, unknown>;
  if (body.kind === 'budget-split') {
    const ballots = votes.map((vote) => {
      const split: bigint[] = options.map(() => BigInt(Math.floor(random() * 11)));
      if (!split.some((part) => part > 0n)) split[Math.floor(random() * options.length)] = 1n;
      return { split, weight: electorate.holders[vote.holder]!.balance };
    });
    const { allocation } = budgetSplit({
      budget: BigInt(rule.budget as string),
      options: options.length,
      ballots,
      aggregation: rule.aggregation === 'mean' ? 'mean' : 'median',
    });
    return options.map((option, i) => ({ option, amount: String(allocation[i]!) }));
  }
  if (body.kind === 'quadratic-funding') {
    const least = rule.minContribution === undefined ? 1n : BigInt(rule.minContribution as string);
    const contributions = votes.flatMap((vote) => {
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
    return options.map((option) => ({ option, amount: String(matches[option] ?? 0n) }));
  }
  return undefined;
}
