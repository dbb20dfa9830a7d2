/**
 * A bigint port of Gardens v2's `ConvictionsUtils` library, the conviction and threshold arithmetic every
 * CVStrategy pool runs (1Hive/gardens-v2 at 15ad3748aab30481d21691ee21bf84dabd6051c7,
 * pkg/contracts/src/CVStrategy/ConvictionsUtils.sol), operation for operation: the same fixed points (2^64, 2^128,
 * D = 10^7), the same rounding of each division, the same reverts (Solidity 0.8 checks every + and ×; shifts wrap).
 * A revert is returned as `undefined`, never thrown:
 * the caller decides what a reverting call means (a distribution that cannot happen).
 *
 * Units: points are base units of the staked token (PointSystem.Unlimited: one point per base unit); amounts of the
 * pool in its token's base units; decay, weight and maxRatio in 10^7ths.
 */
export const convictionGardens = {
  /** `ConvictionsUtils.D`. */
  D: 10_000_000n,

  /**
   * `calculateConviction(_timePassed, _lastConv, _oldAmount, _decay)`: a^t · y0 + x · (1 − a^t) / (1 − a), with a^t
   * in 2^128 fixed point ({@link pow}) and the sum rounded to nearest. Undefined where the contract reverts: a decay
   * of D or more, or a product over 2^256 (a stake of more than about 3.4 · 10^31 base units, 34 trillion tokens of
   * 18 decimals, overflows `_oldAmount * D * (TWO_128 - atTWO_128)`).
   */
  calculateConviction(
    timePassed: bigint,
    lastConviction: bigint,
    oldAmount: bigint,
    decay: bigint,
  ): bigint | undefined {
    if (decay >= D) return undefined;
    const atTwo128 = pow(wrap(decay << 128n) / D, timePassed);
    if (atTwo128 === undefined) return undefined;
    // Each product and sum is checked, as the contract's are: a stake above 2^128 / 10^7 base units reverts here.
    const kept = checked(atTwo128 * lastConviction);
    const scaled = checked(oldAmount * D);
    const grown = scaled === undefined ? undefined : checked(scaled * (TWO_128 - atTwo128));
    if (kept === undefined || grown === undefined) return undefined;
    const sum = checked(kept + grown / (D - decay));
    const rounded = sum === undefined ? undefined : checked(sum + TWO_127);
    return rounded === undefined ? undefined : rounded >> 128n;
  },

  /**
   * `calculateThreshold(...)`: weight · points · D² · R² / (D − decay) / (maxRatio · R − r · D)², with R the pool's
   * amount and r the request, in the contract's steps, then raised to {@link calculateThresholdOverride} when below
   * it. `type(uint256).max` (never reachable) when the request is at or over maxRatio of a pool that holds funds;
   * undefined where the contract reverts (a request so near maxRatio that the squared denominator rounds to 0).
   */
  calculateThreshold(p: GardensThresholdInput): bigint | undefined {
    if (p.poolAmount > 0n) {
      const limit = checked(p.maxRatio * p.poolAmount);
      const asked = checked(p.requestedAmount * D);
      if (limit === undefined || asked === undefined) return undefined;
      if (limit <= asked) return MAX_UINT256;
    }
    if (p.decay >= D) return undefined;
    const scaledRequest = checked(p.requestedAmount * TWO_64);
    const scaledRatio = checked(p.maxRatio * TWO_64);
    if (scaledRequest === undefined || scaledRatio === undefined) return undefined;
    const requestTerm = p.poolAmount === 0n ? 0n : scaledRequest / p.poolAmount;
    const denom = scaledRatio / D - requestTerm;
    const squared = denom < 0n ? undefined : checked(denom * denom);
    if (squared === undefined) return undefined;
    const weightScaled = wrap(p.weight << 128n) / D;
    const ratioTerm = mulDiv(weightScaled, D, squared >> 64n);
    if (ratioTerm === undefined) return undefined;
    const decayAdjusted = ratioTerm / (D - p.decay);
    let threshold = mulDiv(decayAdjusted, p.totalPointsActivated, TWO_64);
    if (threshold === undefined) return undefined;
    const floor = convictionGardens.calculateThresholdOverride(p.decay, p.minThresholdPoints);
    if (floor === undefined) return undefined;
    if (threshold < floor) threshold = floor;
    return threshold;
  },

  /** `calculateThresholdOverride(_decay, _minThresholdPoints)`: the full conviction of minThresholdPoints, ⌊m·D/(D − a)⌋. */
  calculateThresholdOverride(decay: bigint, minThresholdPoints: bigint): bigint | undefined {
    if (decay >= D) return undefined;
    return mulDiv(minThresholdPoints, D, D - decay);
  },

  /** `getMaxConviction(amount, _decay)`: ⌊amount · D / (D − a)⌋, the conviction a stake tends to. */
  getMaxConviction(amount: bigint, decay: bigint): bigint | undefined {
    if (decay >= D) return undefined;
    const product = checked(amount * D);
    return product === undefined ? undefined : product / (D - decay);
  },

  /** `type(uint256).max`, the threshold of a request the pool can never pay. */
  maxUint256: (1n << 256n) - 1n,
};

/** What `calculateThreshold` reads, named as the contract names its arguments. */
export interface GardensThresholdInput {
  /** The request, base units of the pool's token; 0 for a signal. */
  requestedAmount: bigint;
  /** The pool's funds (`getPoolAmount()`), same unit. */
  poolAmount: bigint;
  /** Points activated in the pool (`_getThresholdPoints`: the larger of the pool's and the proposal's snapshot). */
  totalPointsActivated: bigint;
  decay: bigint;
  weight: bigint;
  maxRatio: bigint;
  minThresholdPoints: bigint;
}

const D = 10_000_000n;
const TWO_64 = 1n << 64n;
const TWO_128 = 1n << 128n;
const TWO_127 = 1n << 127n;
const MAX_UINT256 = (1n << 256n) - 1n;

/** Solidity 0.8's checked arithmetic: a result over 2^256 − 1 reverts. */
function checked(x: bigint): bigint | undefined {
  return x > MAX_UINT256 || x < 0n ? undefined : x;
}

/** A shift left in Solidity drops the bits past 256 instead of reverting. */
function wrap(x: bigint): bigint {
  return x & MAX_UINT256;
}

/** OpenZeppelin's `Math.mulDiv`: ⌊a · b / d⌋ at full precision; reverts (undefined) on d = 0 or a result over 2^256. */
function mulDiv(a: bigint, b: bigint, d: bigint): bigint | undefined {
  if (d === 0n) return undefined;
  const result = (a * b) / d;
  return result > MAX_UINT256 ? undefined : result;
}

/** `_mul`: a · b / 2^128 rounded to nearest; reverts when a > 2^128 or b ≥ 2^128. */
function mul(a: bigint, b: bigint): bigint | undefined {
  if (a > TWO_128 || b >= TWO_128) return undefined;
  return (a * b + TWO_127) >> 128n;
}

/** `_pow`: (a / 2^128)^b · 2^128 by squaring, in the contract's order; reverts when a ≥ 2^128. */
function pow(a: bigint, b: bigint): bigint | undefined {
  if (a >= TWO_128) return undefined;
  let base: bigint | undefined = a;
  let exponent = b;
  let result: bigint | undefined = TWO_128;
  while (exponent > 0n) {
    if ((exponent & 1n) === 0n) {
      base = mul(base!, base!);
      exponent >>= 1n;
    } else {
      result = mul(result!, base!);
      exponent -= 1n;
    }
    if (base === undefined || result === undefined) return undefined;
  }
  return result;
}
