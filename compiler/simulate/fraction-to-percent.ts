import { CharterError } from '../errors/charter-error.ts';
import type { Fraction } from '../generated/charter-config.ts';

/**
 * A config fraction as exact decimal percent text: {numerator: "666666", denominator: "1000000"} is "66.6666".
 * Config fractions come from decimal percentages, so their decimal expansion ends; one that does not is a programmer
 * error and throws.
 */
export function fractionToPercent(fraction: Fraction): string {
  const numerator = BigInt(fraction.numerator) * 100n;
  const denominator = BigInt(fraction.denominator);
  let whole = numerator / denominator;
  let rest = numerator % denominator;
  let digits = '';
  for (let i = 0; rest !== 0n; i++) {
    if (i > 40)
      throw new CharterError(`${fraction.numerator}/${fraction.denominator} has no finite decimal form.`);
    rest *= 10n;
    digits += String(rest / denominator);
    rest %= denominator;
  }
  if (whole < 0n) whole = -whole;
  return digits === '' ? String(whole) : `${whole}.${digits}`;
}
