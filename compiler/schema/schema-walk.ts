import schema from '../../rules-schema/charter.schema.json' with { type: 'json' };
import { isObject } from '../document/is-object.ts';
import type { JsonSchema } from '../nodes/node-kind.ts';

/** The document schema, and its `$defs` by name. */
export const documentSchema = schema as JsonSchema;
export const schemaDefs = documentSchema.$defs as Record<string, JsonSchema>;

/** Follows `$ref`s into the document schema's `$defs`. */
export function resolveSchema(node: JsonSchema | undefined): JsonSchema {
  let current = node ?? {};
  for (let hops = 0; typeof current.$ref === 'string' && hops < 8; hops++) {
    current = schemaDefs[(current.$ref as string).replace('#/$defs/', '')] ?? {};
  }
  return current;
}

function humanize(key: string): string {
  const words = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_]/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Walks a schema along an instance path, returning each step's title ("Quorum", "Percent of supply", "item 2";
 * the key in words where there is no title; Korean titles from `x-ko` when asked) and the schema reached.
 */
export function schemaWalk(
  start: JsonSchema,
  segments: readonly string[],
  language: 'en' | 'ko' = 'en',
): { titles: string[]; at: JsonSchema } {
  const titles: string[] = [];
  let at = resolveSchema(start);
  for (const segment of segments) {
    const properties = at.properties as Record<string, JsonSchema> | undefined;
    const branches = ((at.oneOf as JsonSchema[] | undefined) ?? []).map(resolveSchema);
    const owner = properties?.[segment]
      ? at
      : branches.find((branch) => isObject(branch.properties) && segment in branch.properties);
    const property = (owner?.properties as Record<string, JsonSchema> | undefined)?.[segment];
    if (property) {
      const korean = (property['x-ko'] as { title?: string } | undefined)?.title;
      titles.push(
        language === 'ko' && korean
          ? korean
          : typeof property.title === 'string'
            ? property.title
            : humanize(segment),
      );
      at = resolveSchema(property);
    } else if (/^\d+$/.test(segment) && at.items) {
      titles.push(`item ${Number(segment) + 1}`);
      at = resolveSchema(at.items as JsonSchema);
    } else {
      titles.push(humanize(segment));
      at = {};
    }
  }
  return { titles, at };
}
