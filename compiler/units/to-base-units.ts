import { parseUnits } from 'viem';
import { CharterError } from '../errors/charter-error.ts';
import { significantDecimals } from './decimal.ts';

/**
 * Whole tokens as decimal text ("50000.5") to base units, exactly: "1.5" with 18 decimals is 1500000000000000000n.
 * Validated documents never hold an amount with more decimals than its token (the `too-precise` check), so a value
 * that would need rounding is a programmer error and throws, where viem's parseUnits would round it silently.
 */
export function toBaseUnits(amount: string, decimals: number): bigint {
  if (!/^\d+(\.\d+)?$/.test(amount))
    throw new CharterError(`toBaseUnits: "${amount}" is not a decimal amount`);
  if (significantDecimals(amount) > decimals) {
    throw new CharterError(`toBaseUnits: "${amount}" has more than ${decimals} decimal places`);
  }
  return parseUnits(amount, decimals);
}
