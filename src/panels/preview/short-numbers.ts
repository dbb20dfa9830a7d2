import { formatUnits } from 'viem';
import type { Language } from '../../../compiler/index.ts';

/** part/whole (bigints) as a short percentage: "61%", under 10% with one decimal ("4.5%"); "0%" for an empty whole. */
export function shortPercent(part: bigint, whole: bigint, language: Language): string {
  const value = whole === 0n ? 0 : Number((part * 1_000_000n) / whole) / 1_000_000;
  return new Intl.NumberFormat(language, {
    style: 'percent',
    maximumFractionDigits: value < 0.1 ? 1 : 0,
  }).format(value);
}

/**
 * An amount in base units as a short number of whole tokens: "381.0M" reads "381M", "1,000" stays, in the
 * language's own compact words (Korean "3.8억"). `decimals` 0 for members and signers, who count one each.
 */
export function shortAmount(baseUnits: string | bigint, decimals: number, language: Language): string {
  const whole = Number(formatUnits(BigInt(baseUnits), decimals));
  return new Intl.NumberFormat(language, { notation: 'compact', maximumFractionDigits: 1 }).format(whole);
}
