import { fieldError, type ParseResult } from './field-message.ts';

const grouped = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/**
 * An amount in whole tokens as the exact decimal text to store ("50000.5"), checked against the field's pattern.
 * Thousands separators are accepted when they group by three ("50,000.5"); anything else is
 * `inspector.invalidAmount`.
 */
export function parseAmount(text: string, pattern: string): ParseResult<string> {
  let trimmed = text.trim();
  if (grouped.test(trimmed)) trimmed = trimmed.replaceAll(',', '');
  if (!new RegExp(pattern).test(trimmed)) return fieldError('inspector.invalidAmount');
  return { ok: true, value: trimmed };
}
