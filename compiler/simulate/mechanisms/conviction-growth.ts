const D = 10_000_000n;
const TWO_128 = 1n << 128n;
const TWO_127 = 1n << 127n;

/** a · b / 2^128, rounded to nearest, as 1Hive's `_mul`. */
function mul(a: bigint, b: bigint): bigint {
  return (a * b + TWO_127) >> 128n;
}

/** (a / 2^128)^b · 2^128 by squaring, as 1Hive's `_pow`. */
function pow(a: bigint, b: number): bigint {
  let base = a;
  let exponent = b;
  let result = TWO_128;
  while (exponent > 0) {
    if (exponent % 2 === 0) {
      base = mul(base, base);
      exponent /= 2;
    } else {
      result = mul(result, base);
      exponent -= 1;
    }
  }
  return result;
}

/**
 * Conviction after `blocks` blocks with `staked` tokens behind a proposal that had `lastConviction`:
 * y_t = a^t · y_0 + x · (1 − a^t) / (1 − a), the closed form of y_t = a · y_{t−1} + x, computed exactly as 1Hive's
 * ConvictionVoting `calculateConviction` does: `decay` is a scaled by 10^7 (0.9 is 9000000), a^t is taken in
 * 2^128 fixed point with rounding to nearest at each product, and the result is rounded to nearest.
 *
 * Units: `staked`, `lastConviction` and the result in base units of the stake token; `blocks` a whole number ≥ 0.
 */
export function convictionGrowth(
  blocks: number,
  lastConviction: bigint,
  staked: bigint,
  decay: bigint,
): bigint {
  const atTwo128 = pow((decay << 128n) / D, blocks);
  return (atTwo128 * lastConviction + (staked * D * (TWO_128 - atTwo128)) / (D - decay) + TWO_127) >> 128n;
}
