import type { Ratio } from './ratio.ts';

/**
 * `amount · ratio` in the same unit as `amount` (base units), rounded down (`floor`, as OpenZeppelin's
 * `mulDiv` does) or up (`ceil`, as Aragon's `_applyRatioCeiled` does). Exact: bigint only.
 */
export function shareOf(amount: bigint, ratio: Ratio, rounding: 'floor' | 'ceil' = 'floor'): bigint {
  const product = amount * ratio.num;
  const quotient = product / ratio.den;
  return rounding === 'ceil' && quotient * ratio.den !== product ? quotient + 1n : quotient;
}
