import type { GeneratedElectorate } from '../scenario/generate-electorate.ts';

/** The smallest coalition of top holders that settles one step alone. */
export interface Coalition {
  /** Number of holders, largest balances first. */
  holders: number;
  /** Their power in base units (members: their number), decimal text. */
  power: string;
  /** power / supply of the electorate. */
  share: number;
}

/**
 * The smallest k ≥ `least` whose top-k holders (all of them, delegated or not: a holder can always delegate to
 * itself) satisfy `passes(power, rest)`, with `rest` the power of every other holder; null when no k does.
 */
export function smallestCoalition(
  electorate: GeneratedElectorate,
  least: number,
  passes: (power: bigint, rest: bigint) => boolean,
): Coalition | null {
  let total = 0n;
  for (const holder of electorate.holders) total += holder.balance;
  let power = 0n;
  for (let k = 0; k <= electorate.holders.length; k++) {
    if (k > 0) power += electorate.holders[k - 1]!.balance;
    if (k >= least && passes(power, total - power))
      return {
        holders: k,
        power: String(power),
        share: electorate.supply === 0n ? 0 : Number((power * 10n ** 15n) / electorate.supply) / 1e15,
      };
  }
  return null;
}
