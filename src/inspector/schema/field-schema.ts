/** A JSON Schema fragment of one field, with Charter's `x-unit` and `x-ko` annotations (see compiler/nodes/fields.ts). */
export type FieldSchema = { readonly [keyword: string]: unknown };

/** The schema under `keyword` when it is an object schema, else undefined. */
export function subschema(schema: FieldSchema, keyword: string): FieldSchema | undefined {
  const value = schema[keyword];
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as FieldSchema)
    : undefined;
}
