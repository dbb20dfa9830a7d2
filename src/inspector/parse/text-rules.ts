import type { FieldSchema } from '../schema/field-schema.ts';
import type { TextRules } from './parse-pattern-text.ts';

/** The length and pattern rules a text schema states. */
export function textRules(schema: FieldSchema): TextRules {
  const rules: TextRules = {};
  if (typeof schema.minLength === 'number') rules.minLength = schema.minLength;
  if (typeof schema.maxLength === 'number') rules.maxLength = schema.maxLength;
  if (typeof schema.pattern === 'string') rules.pattern = schema.pattern;
  return rules;
}
