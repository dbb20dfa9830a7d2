import { CharterError } from '../../errors/charter-error.ts';
import { convictionGrowth } from './conviction-growth.ts';
import { convictionThreshold } from './conviction-threshold.ts';
import { parseDecimal } from './parse-decimal.ts';
import { toFixedPoint } from './to-fixed-point.ts';

/** Parameters of {@link conviction}. Amounts in base units; fractions as decimal text ("0.9"). */
export interface ConvictionParameters {
  /** a, the share of conviction kept from one block to the next, below 1, at most 7 decimal places. */
  decay: string;
  /** β, the largest share of the pool one request may ask for, at most 7 decimal places. */
  maxRatio: string;
  /** ρ, at most 7 decimal places. */
  weight: string;
  /** The least share of supply the threshold counts as staked, at most 18 decimal places. */
  minThresholdStakePercentage: string;
  /** Total supply of the stake token. */
  supply: bigint;
  /** The pool's balance. */
  funds: bigint;
  /** What the proposal asks for. */
  requested: bigint;
  /** Tokens staked on all proposals at `at`. */
  totalStaked: bigint;
  /** Changes of the stake on this proposal: `amount` tokens added at block `at` (negative: withdrawn). */
  stakes: readonly { at: number; amount: bigint }[];
  /** The block at which to measure. Stake changes after it are ignored. */
  at: number;
}

/** What {@link conviction} returns, in base units of the stake token. */
export interface ConvictionReturnType {
  /** The conviction needed, or undefined when the request can never pass. */
  threshold: bigint | undefined;
  /** The proposal's conviction at block `at`. */
  conviction: bigint;
  /** conviction > threshold, strictly, as `executeProposal` requires. */
  passes: boolean;
}

/**
 * Conviction voting as 1Hive's ConvictionVoting runs it (Gardens uses the same formulas).
 *
 * Stake changes are applied in block order. As in the contract, conviction is brought up to date with
 * {@link convictionGrowth} at the first change of each block (later changes in the same block only change the
 * stake), from the block of the first stake, where it starts at 0; at block `at` it is brought up to date once
 * more. The request passes when that conviction is strictly above {@link convictionThreshold}.
 *
 * Throws a {@link CharterError} for parameters the contract cannot hold: a fraction with more decimal places than
 * its fixed point, a decay of 1 or more, or a stake that would go below zero.
 */
export function conviction(p: ConvictionParameters): ConvictionReturnType {
  const decay = fixedPoint(p.decay, 7, 'decay');
  if (decay >= 10_000_000n)
    throw new CharterError(`A decay of ${p.decay} never lets conviction settle; it must be below 1.`);
  const threshold = convictionThreshold({
    requested: p.requested,
    funds: p.funds,
    totalStaked: p.totalStaked,
    supply: p.supply,
    decay,
    maxRatio: fixedPoint(p.maxRatio, 7, 'maxRatio'),
    weight: fixedPoint(p.weight, 7, 'weight'),
    minThresholdStakePercentage: fixedPoint(p.minThresholdStakePercentage, 18, 'minThresholdStakePercentage'),
  });

  const order = p.stakes.map((_, index) => index).filter((index) => p.stakes[index]!.at <= p.at);
  order.sort((a, b) => p.stakes[a]!.at - p.stakes[b]!.at || a - b);
  let started = false;
  let blockLast = 0;
  let convictionLast = 0n;
  let staked = 0n;
  for (const index of order) {
    const { at, amount } = p.stakes[index]!;
    if (!started) {
      started = true;
      blockLast = at;
    } else if (at > blockLast) {
      convictionLast = convictionGrowth(at - blockLast, convictionLast, staked, decay);
      blockLast = at;
    }
    staked += amount;
    if (staked < 0n) throw new CharterError(`At block ${at} the stake on the proposal would go below zero.`);
  }
  const current =
    started && p.at > blockLast
      ? convictionGrowth(p.at - blockLast, convictionLast, staked, decay)
      : convictionLast;
  return { threshold, conviction: current, passes: threshold !== undefined && current > threshold };
}

function fixedPoint(text: string, places: number, name: string): bigint {
  const ratio = parseDecimal(text);
  const value = ratio === undefined ? undefined : toFixedPoint(ratio, 10n ** BigInt(places));
  if (value === undefined) {
    throw new CharterError(`${name} "${text}" must be decimal text with at most ${places} decimal places.`);
  }
  return value;
}
