import { CharterError } from '../errors/charter-error.ts';

/** An exact ratio. */
export interface Fraction {
  numerator: bigint;
  denominator: bigint;
}

/**
 * A percentage as decimal text to the smallest power-of-ten fraction that holds it exactly, as OpenZeppelin's
 * Contracts Wizard writes quorums: "4" → 4/100, "4.5" → 45/1000, "33.3333" → 333333/1000000. Trailing zeros do not
 * grow the denominator ("4.50" → 45/1000). Not reduced, so the denominator stays a power of ten.
 */
export function percentToFraction(percent: string): Fraction {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(percent);
  if (!match) throw new CharterError(`percentToFraction: "${percent}" is not a decimal percentage`);
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  return { numerator: BigInt(match[1]! + fraction), denominator: 100n * 10n ** BigInt(fraction.length) };
}
