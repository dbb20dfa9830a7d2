/** One electorate's voting power, largest holders first, as cumulative shares of its supply. */
export interface PowerCurve {
  electorate: string;
  holders: number;
  /** Points (top k holders → their share of supply, in percent), k from 0 to all holders, thinned to at most about 120. */
  points: { holders: number; share: number }[];
  /** Fewest top holders with more than half of all held power (0 when nothing is held). */
  nakamoto: number;
  /** Held power over supply, in percent (below 100 when a CSV leaves some supply with addresses that never vote). */
  held: number;
}

/** a/b in percent, to 4 decimals, exact enough for any size of bigint. */
export function percentOf(a: bigint, b: bigint): number {
  if (b === 0n) return 0;
  return Number((a * 1_000_000n) / b) / 10_000;
}

/**
 * The cumulative share curve of balances (base units) sorted largest first, against `supply`. Every point up to
 * the Nakamoto number is kept (that is where capture happens); after it, about 120 evenly spaced points and the last.
 */
export function powerCurve(electorate: string, balances: readonly bigint[], supply: bigint): PowerCurve {
  const sorted = [...balances].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0));
  let total = 0n;
  for (const balance of sorted) total += balance;
  const step = Math.max(1, Math.ceil(sorted.length / 120));
  const points = [{ holders: 0, share: 0 }];
  let held = 0n;
  let nakamoto = 0;
  for (let k = 1; k <= sorted.length; k++) {
    held += sorted[k - 1]!;
    if (nakamoto === 0 && total > 0n && 2n * held > total) nakamoto = k;
    if (nakamoto === 0 || nakamoto === k || k % step === 0 || k === sorted.length)
      points.push({ holders: k, share: percentOf(held, supply) });
  }
  return { electorate, holders: sorted.length, points, nakamoto, held: percentOf(total, supply) };
}
