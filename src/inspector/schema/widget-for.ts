import { type FieldSchema, subschema } from './field-schema.ts';

/** Which widget edits a field. */
export type WidgetKind =
  | 'duration'
  | 'percent'
  | 'amount'
  | 'count'
  | 'number'
  | 'address'
  | 'address-list'
  | 'id'
  | 'supply-share'
  | 'one-of'
  | 'choice'
  | 'flag'
  | 'text'
  | 'object'
  | 'list'
  | 'json';

/** Whether every branch of a `oneOf` is an object of exactly one property: `{percent}` or `{count}`. */
function isSingleKeyChoice(schema: FieldSchema): boolean {
  const branches = schema.oneOf;
  if (!Array.isArray(branches) || branches.length < 2) return false;
  return branches.every((branch: FieldSchema) => {
    const properties = subschema(branch, 'properties');
    const keys = properties ? Object.keys(properties) : [];
    return keys.length === 1 && widgetFor(properties![keys[0]!]! as FieldSchema) !== 'json';
  });
}

/**
 * The widget for a field, read from its schema: the unit (`x-unit`) first, then the shape (`oneOf` of single-key
 * objects, `enum`, `type`). A shape no widget fits is edited as JSON, so every field stays editable.
 */
export function widgetFor(schema: FieldSchema): WidgetKind {
  const unit = schema['x-unit'];
  const type = schema.type;
  if (unit === 'seconds' && type === 'integer') return 'duration';
  if (unit === 'percent' && type === 'string') return 'percent';
  if (unit === 'tokens' && type === 'string') return 'amount';
  if (unit === 'address' && type === 'string') return 'address';
  if (unit === 'address-list' && type === 'array') return 'address-list';
  if (unit === 'id' && type === 'string') return 'id';
  if (unit === 'supply-share' && isSingleKeyChoice(schema)) return 'supply-share';
  if (isSingleKeyChoice(schema)) return 'one-of';
  if (Array.isArray(schema.enum) && schema.enum.every((value) => typeof value === 'string')) return 'choice';
  if (schema.oneOf !== undefined || schema.anyOf !== undefined || schema.$ref !== undefined) return 'json';
  if (type === 'boolean') return 'flag';
  if (type === 'integer') return 'count';
  if (type === 'number') return 'number';
  if (type === 'string') return 'text';
  if (type === 'object' && subschema(schema, 'properties')) return 'object';
  if (type === 'array' && subschema(schema, 'items')) return 'list';
  return 'json';
}
