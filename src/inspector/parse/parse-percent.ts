import { fieldError, type ParseResult } from './field-message.ts';

/**
 * A percentage as the exact decimal text to store ("4.5", never a float), checked against the field's pattern.
 * Surrounding spaces and one trailing "%" are dropped; anything else that does not match is
 * `inspector.invalidPercent`.
 */
export function parsePercent(text: string, pattern: string): ParseResult<string> {
  const trimmed = text.trim().replace(/\s*%$/, '');
  if (!new RegExp(pattern).test(trimmed)) return fieldError('inspector.invalidPercent');
  return { ok: true, value: trimmed };
}
