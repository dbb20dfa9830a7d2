import type { JsonSchema, Language } from './node-kind.ts';

/** The Korean words a field's schema carries in `x-ko`, beside its English `title` and `description`. */
function korean(schema: JsonSchema): Record<string, unknown> {
  const words = schema['x-ko'];
  return typeof words === 'object' && words !== null ? (words as Record<string, unknown>) : {};
}

/** A field's help sentence in `language` (its schema's `description`, or `x-ko.description`), if it has one. */
export function fieldHelp(schema: JsonSchema, language: Language): string | undefined {
  const ko = korean(schema).description;
  if (language === 'ko' && typeof ko === 'string') return ko;
  return typeof schema.description === 'string' ? schema.description : undefined;
}

/**
 * How a person reads one of a choice's stored values in `language`: "for+abstain" → "For and Abstain votes" /
 * "찬성표와 기권표", from `x-enum-titles` and `x-ko.enumTitles` (see `choice` in fields.ts). A value the schema does
 * not list, or a choice without titles (such as a document's own stage ids), reads as itself.
 */
export function optionTitle(schema: JsonSchema, value: string, language: Language): string {
  const values = Array.isArray(schema.enum) ? schema.enum : [];
  const index = values.indexOf(value);
  const titles = language === 'ko' ? korean(schema).enumTitles : schema['x-enum-titles'];
  const title = Array.isArray(titles) && index >= 0 ? titles[index] : undefined;
  return typeof title === 'string' ? title : value;
}
