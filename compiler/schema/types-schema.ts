import type { JsonSchema } from '../nodes/node-kind.ts';

/**
 * Prepares the document schema for the type generator, so the generated types read well and describe a document
 * after defaults are applied: titles stay only on `$defs` roots (where they name types), properties that have a
 * default become required, and keywords that do not change the type (`if`/`then`, `allOf` of them) are dropped.
 */
export function typesSchema(schema: JsonSchema, rootName: string): JsonSchema {
  const copy = structuredClone(schema);
  const defs = (copy.$defs ?? {}) as Record<string, JsonSchema>;
  for (const [name, def] of Object.entries(defs)) {
    strip(def);
    def.title = name;
  }
  const { $defs: _defs, ...root } = copy;
  strip(root);
  return { ...root, title: rootName, $defs: defs };
}

function strip(schema: JsonSchema): void {
  // A `$ref` with annotations beside it would make the generator declare a copy of the referenced type.
  if (schema.$ref) {
    for (const key of Object.keys(schema)) if (key !== '$ref') delete schema[key];
    return;
  }
  delete schema.title;
  delete schema.allOf;
  delete schema.description;
  // A schema choosing by `oneOf` is exactly the union of its branches; its own `properties` would intersect it.
  if (schema.oneOf) {
    delete schema.properties;
    delete schema.required;
    delete schema.discriminator;
  }
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  if (properties) {
    const required = new Set((schema.required as string[] | undefined) ?? []);
    for (const [key, property] of Object.entries(properties)) {
      if ('default' in property) required.add(key);
      strip(property);
    }
    if (required.size > 0) schema.required = [...required];
  }
  if (schema.items && typeof schema.items === 'object') strip(schema.items as JsonSchema);
  for (const branch of (schema.oneOf as JsonSchema[] | undefined) ?? []) strip(branch);
}
