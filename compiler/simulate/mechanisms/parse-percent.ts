import { CharterError } from '../../errors/charter-error.ts';
import { parseDecimal } from './parse-decimal.ts';
import type { Ratio } from './ratio.ts';

/**
 * Reads a percentage given as decimal text ("4", "4.5", "33.3333") as the exact fraction of one it stands for:
 * "4.5" is 45/1000. Throws a {@link CharterError} when the text is not a plain non-negative decimal or is above
 * 100, since mechanisms receive already validated parameters and a bad one is a programmer error.
 */
export function parsePercent(text: string): Ratio {
  const ratio = parseDecimal(text);
  if (ratio === undefined || ratio.num > 100n * ratio.den) {
    throw new CharterError(
      `"${text}" is not a percentage from 0 to 100 written as decimal text such as "4.5".`,
    );
  }
  return { num: ratio.num, den: ratio.den * 100n };
}
