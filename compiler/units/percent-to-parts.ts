import { percentToFraction } from './percent-to-fraction.ts';

/**
 * A percentage in parts of `scale`, only when exact: "33.3333" of 10^6 is 333333n (Aragon's RATIO_BASE), "4.5" in
 * basis points (10^4) is 450n. Undefined when the scale cannot hold it ("33.33333" of 10^6), so the caller can say
 * so instead of rounding.
 */
export function percentToParts(percent: string, scale: bigint): bigint | undefined {
  const { numerator, denominator } = percentToFraction(percent);
  const scaled = numerator * scale;
  return scaled % denominator === 0n ? scaled / denominator : undefined;
}
