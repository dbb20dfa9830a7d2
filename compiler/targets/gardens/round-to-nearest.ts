import type { Fraction } from '../../units/percent-to-fraction.ts';

/**
 * The integer nearest to a positive real x, halves rounding up as JavaScript's Math.round does, decided exactly:
 * `atLeast(b)` says whether x ≥ b for a rational b, and `estimate` is a floating-point guess to start from.
 * Returns N with x ≥ N − ½ and x < N + ½.
 *
 * From the estimate it steps away in doubling strides until it has the answer between two bounds, then halves the
 * gap: O(log |N − estimate|) questions however wrong the guess. A minimum conviction of 99.999999999999999999 %
 * makes a Gardens weight near 10^45 that floating point calls infinite; stepping by one from there never ended.
 */
export function roundToNearest(atLeast: (bound: Fraction) => boolean, estimate: number): bigint {
  // above(k): x ≥ k + ½. True up to N − 1, false from N on: N is the first k ≥ 0 where it is false.
  const above = (k: bigint) => k < 0n || atLeast({ numerator: 2n * k + 1n, denominator: 2n });
  const start = Number.isFinite(estimate) ? BigInt(Math.max(0, Math.round(estimate))) : 0n;
  let low: bigint; // above(low) holds (or low is −1)
  let high: bigint; // above(high) does not
  if (above(start)) {
    low = start;
    for (let stride = 1n; ; stride *= 2n) {
      if (!above(low + stride)) {
        high = low + stride;
        break;
      }
      low += stride;
    }
  } else {
    high = start;
    for (let stride = 1n; ; stride *= 2n) {
      const next = high - stride < -1n ? -1n : high - stride;
      if (above(next)) {
        low = next;
        break;
      }
      high = next;
    }
  }
  while (high - low > 1n) {
    const middle = (low + high) / 2n;
    if (above(middle)) low = middle;
    else high = middle;
  }
  return high;
}
