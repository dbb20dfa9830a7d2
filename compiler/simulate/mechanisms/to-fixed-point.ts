import type { Ratio } from './ratio.ts';

/**
 * `ratio · scale` as a whole number when it is one, else undefined (nothing is rounded). Turns "0.9" into
 * 9000000 for a 10^7 fixed point, or "50000.5" whole tokens into base units with `scale` = 10^decimals.
 */
export function toFixedPoint(ratio: Ratio, scale: bigint): bigint | undefined {
  const product = ratio.num * scale;
  return product % ratio.den === 0n ? product / ratio.den : undefined;
}
