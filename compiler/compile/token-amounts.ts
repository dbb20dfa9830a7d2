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
export function tokenAmounts(
  value: unknown,
  schema: JsonSchema,
  decimals: number,
  field = 'params',
  symbol: string | undefined = undefined,
): TokenAmount[] {
  const unit = schema['x-unit'];
  if (unit === 'tokens' && typeof value === 'string') return [{ field, value, decimals, symbol }];
  if ((unit === 'supply-share' || unit === 'veto-threshold') && isObject(value)) {
    return typeof value.absolute === 'string'
      ? [{ field: `${field}.absolute`, value: value.absolute, decimals, symbol }]
      : [];
  }
  if (Array.isArray(value))
    return value.flatMap((item, index) =>
      tokenAmounts(item, (schema.items ?? {}) as JsonSchema, decimals, `${field}.${index}`, symbol),
    );
  if (!isObject(value)) return [];
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const asset = isObject(value.asset) && typeof value.asset.decimals === 'number' ? value.asset : undefined;
  return Object.entries(value).flatMap(([key, child]) =>
    !properties[key] || !mayHoldAmounts(properties[key])
      ? []
      : tokenAmounts(
          child,
          properties[key],
          asset ? (asset.decimals as number) : decimals,
          `${field}.${key}`,
          asset && typeof asset.symbol === 'string' ? asset.symbol : symbol,
        ),
  );
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
