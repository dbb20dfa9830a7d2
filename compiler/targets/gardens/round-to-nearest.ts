import type { Fraction } from '../../units/percent-to-fraction.ts';

/**
 * The integer nearest to a positive real x, halves rounding up as JavaScript's Math.round does, decided exactly:
 * `atLeast(b)` says whether x ≥ b for a rational b, and `estimate` is a floating-point guess to start from.
 * Returns N with x ≥ N − ½ and x < N + ½.
 */
export function roundToNearest(atLeast: (bound: Fraction) => boolean, estimate: number): bigint {
  const half = (n: bigint): Fraction => ({ numerator: 2n * n + 1n, denominator: 2n });
  let n = Number.isFinite(estimate) ? BigInt(Math.max(0, Math.round(estimate))) : 0n;
  while (n > 0n && !atLeast(half(n - 1n))) n -= 1n;
  while (atLeast(half(n))) n += 1n;
  return n;
}
