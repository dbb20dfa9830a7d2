import type { Fraction } from '../../generated/charter-config.ts';
import { fractionToPercent } from '../fraction-to-percent.ts';
import type { SupplyShare } from '../mechanisms/supply-share.ts';

/** A share of supply as the config writes it: a fraction of supply, or an amount in base units. */
export type ConfigShare = { fraction: Fraction } | { absolute: string };

/** A config share as the mechanisms take it. */
export function supplyShareOf(share: ConfigShare): SupplyShare {
  return 'fraction' in share
    ? { percent: fractionToPercent(share.fraction) }
    : { absolute: BigInt(share.absolute) };
}

/** A config share of `supply` in base units, rounded down, or up with `rounding` 'ceil'. */
export function amountOfShare(
  share: ConfigShare,
  supply: bigint,
  rounding: 'floor' | 'ceil' = 'floor',
): bigint {
  if ('absolute' in share) return BigInt(share.absolute);
  const product = supply * BigInt(share.fraction.numerator);
  const denominator = BigInt(share.fraction.denominator);
  const quotient = product / denominator;
  return rounding === 'ceil' && quotient * denominator !== product ? quotient + 1n : quotient;
}
