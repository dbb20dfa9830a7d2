import type { ConfigElectorate } from '../../generated/charter-config.ts';
import { isqrt } from '../mechanisms/isqrt.ts';
import type { GeneratedElectorate } from './generate-electorate.ts';

/**
 * A weighted electorate from the holders of its source: quadratic gives each holder ⌊√balance⌋, capped gives
 * min(balance, ⌊source supply · cap⌋). The holders keep their addresses, order and delegation; the supply that
 * quorums are shares of becomes the sum of every holder's weighted power (power no holder has cannot be weighted).
 */
export function weightElectorate(
  electorate: ConfigElectorate,
  source: GeneratedElectorate,
): GeneratedElectorate {
  const cap =
    electorate.cap === undefined
      ? undefined
      : (source.supply * BigInt(electorate.cap.numerator)) / BigInt(electorate.cap.denominator);
  let supply = 0n;
  const holders = source.holders.map((holder) => {
    const balance =
      electorate.voting === 'quadratic'
        ? isqrt(holder.balance)
        : cap !== undefined && holder.balance > cap
          ? cap
          : holder.balance;
    supply += balance;
    return { ...holder, balance };
  });
  return { holders, supply };
}
