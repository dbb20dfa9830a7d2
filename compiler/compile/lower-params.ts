import { getAddress } from 'viem';
import { isObject } from '../document/is-object.ts';
import type { LowerContext } from '../nodes/lower.ts';
import type { JsonSchema } from '../nodes/node-kind.ts';
import { percentToFraction } from '../units/percent-to-fraction.ts';
import { toBaseUnits } from '../units/to-base-units.ts';

export type { LowerContext } from '../nodes/lower.ts';

function fraction(percent: string) {
  const { numerator, denominator } = percentToFraction(percent);
  return { numerator: String(numerator), denominator: String(denominator) };
}

/**
 * Params in exact units, led by each field's `x-unit`: percentages become fractions ({numerator, denominator} as
 * decimal text), token amounts base units, shares of supply `{fraction}` or `{absolute}`, addresses their EIP-55
 * form. Durations stay seconds. One walk serves every node kind; a kind that needs more says so in its `lower`.
 */
export function lowerParams(value: unknown, schema: JsonSchema, context: LowerContext): unknown {
  const unit = schema['x-unit'];
  if (unit === 'percent' && typeof value === 'string') return fraction(value);
  if (unit === 'tokens' && typeof value === 'string') return String(toBaseUnits(value, context.decimals));
  if (unit === 'address' && typeof value === 'string') return getAddress(value);
  if (unit === 'address-list' && Array.isArray(value))
    return value.map((address) => getAddress(address as string));
  if ((unit === 'supply-share' || unit === 'veto-threshold') && isObject(value)) {
    if (typeof value.percent === 'string') return { fraction: fraction(value.percent) };
    if (typeof value.absolute === 'string')
      return { absolute: String(toBaseUnits(value.absolute, context.decimals)) };
    return { ...value };
  }
  if (Array.isArray(value))
    return value.map((item) => lowerParams(item, (schema.items ?? {}) as JsonSchema, context));
  if (isObject(value)) {
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    // An `asset` counts its own amounts: a budget in USDC is not in the voters' token.
    const own =
      isObject(value.asset) && typeof value.asset.decimals === 'number'
        ? { decimals: value.asset.decimals }
        : context;
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [key, lowerParams(child, properties[key] ?? {}, own)]),
    );
  }
  return value;
}
