const D = 10_000_000n;
const ONE_HUNDRED_PERCENT = 10n ** 18n;

/** Parameters of {@link convictionThreshold}. Fractions are fixed point as the contract stores them. */
export interface ConvictionThresholdParameters {
  /** The amount asked for, in base units of the pool's token. */
  requested: bigint;
  /** The pool's balance, in the same unit. */
  funds: bigint;
  /** Tokens staked on all proposals, in base units of the stake token. */
  totalStaked: bigint;
  /** Total supply of the stake token, in the same unit. */
  supply: bigint;
  /** a · 10^7. */
  decay: bigint;
  /** β · 10^7: the largest share of the pool one proposal may ask for. */
  maxRatio: bigint;
  /** ρ · 10^7. */
  weight: bigint;
  /** The least share of supply counted as staked, · 10^18. */
  minThresholdStakePercentage: bigint;
}

/**
 * The conviction a funding request must exceed, ρ · S / ((1 − a) · (β − r/R)²) with
 * S = max(totalStaked, minThresholdStakePercentage · supply), computed exactly as 1Hive's ConvictionVoting
 * `calculateThreshold` does (2^64 and 2^128 fixed point, each division rounding down).
 *
 * Returns undefined when the request can never pass: r/R ≥ β (the contract reverts with
 * CV_AMOUNT_OVER_MAX_RATIO), an empty pool, or a request so close to β that the contract would divide by zero.
 *
 * Units: base units of the stake token.
 */
export function convictionThreshold(p: ConvictionThresholdParameters): bigint | undefined {
  if (p.funds === 0n || p.maxRatio * p.funds <= p.requested * D) return undefined;
  const minTotalStake = (p.supply * p.minThresholdStakePercentage) / ONE_HUNDRED_PERCENT;
  const staked = p.totalStaked < minTotalStake ? minTotalStake : p.totalStaked;
  const denom = (p.maxRatio << 64n) / D - (p.requested << 64n) / p.funds;
  const squared = (denom * denom) >> 64n;
  if (squared === 0n) return undefined;
  return (((((p.weight << 128n) / D / squared) * D) / (D - p.decay)) * staked) >> 64n;
}
