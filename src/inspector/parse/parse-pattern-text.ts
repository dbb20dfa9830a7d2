import { fieldError, type ParseResult } from './field-message.ts';

/** The rules of a text field, from its schema. */
export interface TextRules {
  minLength?: number;
  maxLength?: number;
  pattern?: string;
}

/**
 * Text as typed, trimmed, checked against the field's length and pattern. Too long is `inspector.tooLong`;
 * too short `inspector.tooShort`; not matching the pattern `inspector.invalidId` (the only patterned free text
 * is an id).
 */
export function parsePatternText(text: string, rules: TextRules): ParseResult<string> {
  const trimmed = text.trim();
  if (rules.maxLength !== undefined && [...trimmed].length > rules.maxLength)
    return fieldError('inspector.tooLong', { count: rules.maxLength });
  if (rules.minLength !== undefined && [...trimmed].length < rules.minLength)
    return fieldError('inspector.tooShort', { count: rules.minLength });
  if (rules.pattern !== undefined && !new RegExp(rules.pattern).test(trimmed))
    return fieldError('inspector.invalidId');
  return { ok: true, value: trimmed };
}
