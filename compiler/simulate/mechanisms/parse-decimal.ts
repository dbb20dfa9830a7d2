import type { Ratio } from './ratio.ts';

const plain = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * Reads decimal text such as "4.5", "33.3333" or "0.002" exactly as the rational `digits / 10^places`
 * ("4.5" is 45/10). Accepts only plain decimals: digits, an optional point followed by at least one digit,
 * and a leading "-" when `signed` is true. No exponent, no "+", no spaces, no ".5" or "5.". Returns undefined
 * for anything else; it never rounds and never goes through a float.
 */
export function parseDecimal(text: string, { signed = false }: { signed?: boolean } = {}): Ratio | undefined {
  const match = plain.exec(text);
  if (!match || (match[1] === '-' && !signed)) return undefined;
  const fraction = match[3] ?? '';
  const digits = BigInt(match[2]! + fraction);
  return { num: match[1] === '-' ? -digits : digits, den: 10n ** BigInt(fraction.length) };
}
