import { isObject } from '../document/is-object.ts';
import type { JsonSchema } from '../nodes/node-kind.ts';

/** An amount of tokens written in a node's params, and the decimals {@link lowerParams} converts it with. */
export interface TokenAmount {
  /** Dotted path from the node: `params.quorum.absolute`. */
  field: string;
  /** Whole tokens, decimal text. */
  value: string;
  decimals: number;
  /** The asset's symbol when the amount is in an asset of its own (a budget in USDC), else undefined. */
  symbol: string | undefined;
}

/**
 * Every token amount in params, found by the walk {@link lowerParams} makes (led by `x-unit`: `tokens`, and the
 * `absolute` of a share of supply), each with the decimals that walk converts it with: an `asset`'s own, else
 * `decimals` (the voting power's). The precision check reads this, so what validates converts exactly.
 */
export function tokenAmounts(value: unknown, schema: JsonSchema, decimals: number): TokenAmount[] {
  const found: TokenAmount[] = [];
  collectAmounts(value, schema, decimals, 'params', undefined, found);
  return found;
}

/** Adds the amounts under one value to `found` (one list for the whole walk: it runs on every node). */
function collectAmounts(
  value: unknown,
  schema: JsonSchema,
  decimals: number,
  field: string,
  symbol: string | undefined,
  found: TokenAmount[],
): void {
  const unit = schema['x-unit'];
  if (unit === 'tokens' && typeof value === 'string') {
    found.push({ field, value, decimals, symbol });
    return;
  }
  if ((unit === 'supply-share' || unit === 'veto-threshold') && isObject(value)) {
    if (typeof value.absolute === 'string')
      found.push({ field: `${field}.absolute`, value: value.absolute, decimals, symbol });
    return;
  }
  if (Array.isArray(value)) {
    const items = (schema.items ?? {}) as JsonSchema;
    for (let index = 0; index < value.length; index++)
      collectAmounts(value[index], items, decimals, `${field}.${index}`, symbol, found);
    return;
  }
  if (!isObject(value)) return;
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const asset = isObject(value.asset) && typeof value.asset.decimals === 'number' ? value.asset : undefined;
  for (const key of Object.keys(value)) {
    const property = properties[key];
    if (!property || !mayHoldAmounts(property)) continue;
    collectAmounts(
      value[key],
      property,
      asset ? (asset.decimals as number) : decimals,
      `${field}.${key}`,
      asset && typeof asset.symbol === 'string' ? asset.symbol : symbol,
      found,
    );
  }
}

const amountUnits = new Set(['tokens', 'supply-share', 'veto-threshold']);
const holdsAmounts = new WeakMap<JsonSchema, boolean>();

/** Whether params of this schema can hold a token amount at all (most kinds cannot), so most nodes are not walked. */
export function mayHoldAmounts(schema: JsonSchema): boolean {
  let known = holdsAmounts.get(schema);
  if (known === undefined) {
    known =
      JSON.stringify(schema)
        .match(/"x-unit":"([a-z-]+)"/g)
        ?.some((found) => amountUnits.has(found.slice(10, -1))) ?? false;
    holdsAmounts.set(schema, known);
  }
  return known;
}
