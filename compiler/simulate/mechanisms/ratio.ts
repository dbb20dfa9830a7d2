/**
 * An exact non-negative rational number `num / den`, with `den > 0`. Not necessarily in lowest terms: "4.50"
 * reads as 450/100. Used for percentages and shares so that token math never goes through floating point.
 */
export interface Ratio {
  num: bigint;
  den: bigint;
}
