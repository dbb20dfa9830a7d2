import { parseDecimal } from '../../units/decimal.ts';

/**
 * `percent` of `supply`, both decimal text, as exact decimal text: 4 % of "1000000000.5" is "40000000.02". Snapshot
 * counts voting power in whole tokens (its strategies report balances with their decimals applied), so a quorum
 * given as a share of supply becomes this amount of whole tokens (or of votes, for NFTs and members).
 */
export function shareOfSupply(percent: string, supply: string): string {
  const p = parseDecimal(percent)!;
  const s = parseDecimal(supply)!;
  const digits = String(p.digits * s.digits);
  const scale = p.scale + s.scale + 2;
  const padded = digits.padStart(scale + 1, '0');
  const whole = padded.slice(0, padded.length - scale).replace(/^0+(?=\d)/, '');
  const fraction = padded.slice(padded.length - scale).replace(/0+$/, '');
  return fraction === '' ? whole : `${whole}.${fraction}`;
}
