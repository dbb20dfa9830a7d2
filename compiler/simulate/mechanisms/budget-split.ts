import { apportion } from './apportion.ts';

/** One voter's proposed split: an amount or share per option (any scale, normalised), and their weight. */
export interface BudgetSplitBallot {
  /** Non-negative, one per option, not all zero. */
  split: readonly bigint[];
  /** The voter's weight (voting power in base units, or 1 for one person one vote). @default 1n */
  weight?: bigint;
}

/** Parameters of {@link budgetSplit}. */
export interface BudgetSplitParameters {
  /** The budget to split, in base units. */
  budget: bigint;
  /** How many options share it. */
  options: number;
  ballots: readonly BudgetSplitBallot[];
  /** `median` (resists extreme splits) or `mean`. @default 'median' */
  aggregation?: 'median' | 'mean';
}

/** What {@link budgetSplit} returns. */
export interface BudgetSplitReturnType {
  /** Base units per option, adding up to exactly `budget` (or to 0 when no ballot counts). */
  allocation: bigint[];
  /** What was actually used: `mean` also when every option's median is 0 and the median cannot be normalised. */
  aggregation: 'median' | 'mean';
  /** Ballots ignored: wrong length, a negative part, all parts zero, or a negative weight. */
  invalid: number;
}

/**
 * Combines voters' budget splits into one, for concave decisions.
 *
 * 1. Each valid ballot is scaled to the budget in base units (largest remainder, so it adds up exactly).
 * 2. `median`: for each option, the weighted median of the ballots' amounts: the smallest amount such that the
 *    ballots at or below it carry at least half the total weight, or the midpoint of it and the next amount when
 *    they carry exactly half (so two equal voters give the usual average of the two middle values). The medians
 *    are then normalised to the budget. `mean`: the weight-averaged amounts.
 * 3. The result is apportioned to whole base units by largest remainder, ties to the lower option, so it adds up
 *    to exactly the budget.
 *
 * The result does not depend on the order of ballots.
 */
export function budgetSplit({
  budget,
  options,
  ballots,
  aggregation = 'median',
}: BudgetSplitParameters): BudgetSplitReturnType {
  const amounts: bigint[][] = [];
  const weights: bigint[] = [];
  let invalid = 0;
  for (const ballot of ballots) {
    const weight = ballot.weight ?? 1n;
    if (
      ballot.split.length !== options ||
      weight < 0n ||
      ballot.split.some((part) => part < 0n) ||
      ballot.split.every((part) => part === 0n)
    ) {
      invalid++;
      continue;
    }
    amounts.push(apportion(budget, ballot.split));
    weights.push(weight);
  }
  const mean = (): bigint[] =>
    apportion(
      budget,
      Array.from({ length: options }, (_, j) =>
        amounts.reduce((sum, amount, i) => sum + amount[j]! * weights[i]!, 0n),
      ),
    );
  if (aggregation === 'mean') return { allocation: mean(), aggregation, invalid };
  const doubledMedians = Array.from({ length: options }, (_, j) =>
    doubledWeightedMedian(
      amounts.map((amount) => amount[j]!),
      weights,
    ),
  );
  if (doubledMedians.every((median) => median === 0n))
    return { allocation: mean(), aggregation: 'mean', invalid };
  return { allocation: apportion(budget, doubledMedians), aggregation, invalid };
}

/** Twice the weighted median (so that a midpoint stays a whole number); 0 when the weights add up to 0. */
function doubledWeightedMedian(values: readonly bigint[], weights: readonly bigint[]): bigint {
  const order = values
    .map((_, i) => i)
    .sort((a, b) => (values[a]! < values[b]! ? -1 : values[a]! > values[b]! ? 1 : 0));
  let total = 0n;
  for (const weight of weights) total += weight;
  if (total === 0n) return 0n;
  let cumulative = 0n;
  for (let k = 0; k < order.length; k++) {
    cumulative += weights[order[k]!]!;
    if (2n * cumulative < total) continue;
    const value = values[order[k]!]!;
    if (2n * cumulative > total) return 2n * value;
    // Exactly half the weight is at or below `value`: take the midpoint with the next value that carries weight.
    for (let next = k + 1; next < order.length; next++) {
      if (weights[order[next]!]! > 0n) return value + values[order[next]!]!;
    }
    return 2n * value;
  }
  return 0n;
}
