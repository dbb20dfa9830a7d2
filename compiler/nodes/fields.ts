import type { JsonSchema, Localized } from './node-kind.ts';

/**
 * Builders for the parameter fields node kinds share. Each carries its unit in `x-unit`, which the inspector
 * reads to pick a widget and the validator reads to phrase errors, and its Korean title in `x-ko`.
 */

/** Options every field takes. */
export interface FieldOptions<T> {
  title: Localized;
  /** A plain sentence for the inspector's help text and the JSON editor's hover, in both languages. */
  description?: Localized;
  default?: T;
}

/** A short id (node, branch, stage, proposal type): letters, digits, `_`, `.` and `-`, up to 64 characters. */
export const idPattern = '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$';
/** A percentage from 0 to 100 as decimal text, exact to 18 places: "4", "4.5", "33.3333". */
export const percentPattern = '^(?:100(?:\\.0{1,18})?|[0-9]{1,2}(?:\\.[0-9]{1,18})?)$';
/** A non-negative amount in whole tokens as decimal text: "50000", "0.5". */
export const amountPattern = '^(?:0|[1-9][0-9]{0,59})(?:\\.[0-9]{1,36})?$';
/** 0x followed by 40 hex digits; the checksum is checked by the `evm-address` format. */
export const addressPattern = '^0x[0-9a-fA-F]{40}$';

/** The longest duration any field takes: 10 years, in seconds. Targets narrow it further. */
export const maxDurationSeconds = 315_360_000;

function base<T>(options: FieldOptions<T>, unit: string | undefined): JsonSchema {
  const schema: JsonSchema = { title: options.title.en, 'x-ko': { title: options.title.ko } };
  if (options.description !== undefined) {
    schema.description = options.description.en;
    schema['x-ko'] = { title: options.title.ko, description: options.description.ko };
  }
  if (unit !== undefined) schema['x-unit'] = unit;
  if (options.default !== undefined) schema.default = options.default;
  return schema;
}

/** A duration in whole seconds, shown as "2 days". */
export function duration(options: FieldOptions<number> & { minimum?: number }): JsonSchema {
  return {
    ...base(options, 'seconds'),
    type: 'integer',
    minimum: options.minimum ?? 0,
    maximum: maxDurationSeconds,
  };
}

/** A percentage as exact decimal text ("4.5"), so that 4.5 % becomes 45/1000 without a float in between. */
export function percent(options: FieldOptions<string>): JsonSchema {
  return { ...base(options, 'percent'), type: 'string', pattern: percentPattern };
}

/** An amount in whole tokens as decimal text ("50000.5"); converted to base units with bigint on the way out. */
export function amount(options: FieldOptions<string>): JsonSchema {
  return { ...base(options, 'tokens'), type: 'string', pattern: amountPattern };
}

/** A whole number of things: signers, winners, credits. */
export function count(options: FieldOptions<number> & { minimum?: number; maximum?: number }): JsonSchema {
  return {
    ...base(options, 'count'),
    type: 'integer',
    minimum: options.minimum ?? 0,
    maximum: options.maximum ?? 1_000_000_000,
  };
}

/** An EVM address, checked for its EIP-55 checksum when written in mixed case. */
export function address(options: FieldOptions<string>): JsonSchema {
  return { ...base(options, 'address'), type: 'string', pattern: addressPattern, format: 'evm-address' };
}

/** A moment in UTC to the second, as ISO 8601 text: "2026-07-24T18:52:59Z". */
export const dateTimePattern = '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$';

/**
 * A moment in UTC to the second ("2026-07-24T18:52:59Z"), as people write a date; the `utc-date-time` format checks
 * that the day exists. Targets and the simulator read it as Unix seconds (see `unixSeconds`).
 */
export function dateTime(options: FieldOptions<string>): JsonSchema {
  return { ...base(options, 'datetime'), type: 'string', pattern: dateTimePattern, format: 'utc-date-time' };
}

/** A list of distinct EVM addresses. Duplicates are found case-insensitively by the graph check. */
export function addressList(options: FieldOptions<string[]> & { minItems?: number }): JsonSchema {
  return {
    ...base(options, 'address-list'),
    type: 'array',
    items: { type: 'string', pattern: addressPattern, format: 'evm-address', 'x-unit': 'address' },
    minItems: options.minItems ?? 0,
    maxItems: 10_000,
  };
}

/** A short id: a branch name, a proposal type, a stage id. */
export function id(options: FieldOptions<string>): JsonSchema {
  return { ...base(options, 'id'), type: 'string', pattern: idPattern };
}

/** Free text for people to read. */
export function text(options: FieldOptions<string> & { maxLength?: number; minLength?: number }): JsonSchema {
  return {
    ...base(options, undefined),
    type: 'string',
    minLength: options.minLength ?? 0,
    maxLength: options.maxLength ?? 2000,
  };
}

/**
 * One of a few named choices. `values` are what the document stores ("for+abstain"); `labels` are what a person
 * reads in each language ("For and Abstain"), kept beside the enum as `x-enum-titles` and `x-ko.enumTitles`.
 */
export function choice<T extends string>(
  options: FieldOptions<T> & { values: readonly T[]; labels: Readonly<Record<T, Localized>> },
): JsonSchema {
  const schema = base(options, undefined);
  const korean = schema['x-ko'] as Record<string, unknown>;
  return {
    ...schema,
    type: 'string',
    enum: [...options.values],
    'x-enum-titles': options.values.map((value) => options.labels[value].en),
    'x-ko': { ...korean, enumTitles: options.values.map((value) => options.labels[value].ko) },
  };
}

/** Yes or no. */
export function flag(options: FieldOptions<boolean>): JsonSchema {
  return { ...base(options, undefined), type: 'boolean' };
}

/** An object with exactly these properties; unknown ones are errors, so typos are caught. */
export function object(
  options: Omit<FieldOptions<object>, 'default'> & { default?: object },
  properties: Record<string, JsonSchema>,
  required: readonly string[] = [],
): JsonSchema {
  const schema: JsonSchema = {
    ...base(options, undefined),
    type: 'object',
    properties,
    additionalProperties: false,
  };
  if (required.length > 0) schema.required = [...required];
  return schema;
}

/** A list of items of one schema. */
export function list(
  options: FieldOptions<unknown[]> & { minItems?: number; maxItems?: number; uniqueItems?: boolean },
  items: JsonSchema,
): JsonSchema {
  const schema: JsonSchema = {
    ...base(options, undefined),
    type: 'array',
    items,
    minItems: options.minItems ?? 0,
    maxItems: options.maxItems ?? 1000,
  };
  if (options.uniqueItems) schema.uniqueItems = true;
  return schema;
}

/** A token or other asset amounts are counted in: its symbol and its decimals. */
export function asset(options: FieldOptions<object>): JsonSchema {
  return object(
    options,
    {
      symbol: text({ title: { en: 'Symbol', ko: '심볼' }, minLength: 1, maxLength: 16 }),
      decimals: count({
        title: { en: 'Decimals', ko: '소수 자릿수' },
        description: {
          en: 'How many decimal places the token has: 18 for most ERC-20 tokens, 6 for USDC.',
          ko: '토큰의 소수 자릿수: 대부분의 ERC-20 토큰은 18, USDC는 6입니다.',
        },
        default: 18,
        maximum: 36,
      }),
    },
    ['symbol'],
  );
}

/**
 * A threshold given either as a share of the total supply or as an absolute amount of voting power:
 * `{ "percent": "4" }` or `{ "absolute": "40000" }`.
 */
export function supplyShare(options: FieldOptions<object>): JsonSchema {
  return {
    ...base(options, 'supply-share'),
    type: 'object',
    oneOf: [
      object(
        { title: { en: 'Share of supply', ko: '공급량 대비 비율' } },
        { percent: percent({ title: { en: 'Percent of supply', ko: '공급량 대비 %' } }) },
        ['percent'],
      ),
      object(
        { title: { en: 'Absolute amount', ko: '절대량' } },
        { absolute: amount({ title: { en: 'Voting power', ko: '투표권' } }) },
        ['absolute'],
      ),
    ],
  };
}
