import type { Language } from '../../../compiler/index.ts';
import { type FieldSchema, subschema } from './field-schema.ts';

/** A field's title in the interface language: `x-ko.title` in Korean, else the schema's (English) `title`. */
export function fieldTitle(schema: FieldSchema, language: Language, fallback: string): string {
  const korean = subschema(schema, 'x-ko')?.title;
  if (language === 'ko' && typeof korean === 'string') return korean;
  return typeof schema.title === 'string' ? schema.title : fallback;
}
