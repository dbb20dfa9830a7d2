import type { JsonSchema, Localized } from '../nodes/node-kind.ts';

/** A schema's title in both languages: `title` and the Korean one under `x-ko` (the English one when it has none). */
export function schemaTitle(schema: JsonSchema): Localized | undefined {
  if (typeof schema.title !== 'string') return undefined;
  const ko = (schema['x-ko'] as { title?: unknown } | undefined)?.title;
  return { en: schema.title, ko: typeof ko === 'string' ? ko : schema.title };
}
