import { formatAmount } from '../../../compiler/index.ts';
import { fieldError, type ParseResult } from './field-message.ts';

/** The bounds of a whole-number field, from its schema. */
export interface CountBounds {
  minimum?: number;
  maximum?: number;
}

/**
 * A whole number within the field's bounds: "12" → 12. Not a whole number is `inspector.invalidNumber`; out of
 * bounds is `inspector.outOfRange`, naming both bounds.
 */
export function parseCount(text: string, bounds: CountBounds): ParseResult<number> {
  const trimmed = text.trim();
  if (!/^-?\d{1,16}$/.test(trimmed)) return fieldError('inspector.invalidNumber');
  const value = Number(trimmed);
  const minimum = bounds.minimum ?? Number.MIN_SAFE_INTEGER;
  const maximum = bounds.maximum ?? Number.MAX_SAFE_INTEGER;
  if (!Number.isSafeInteger(value) || value < minimum || value > maximum)
    return fieldError('inspector.outOfRange', {
      min: formatAmount(String(minimum)),
      max: formatAmount(String(maximum)),
    });
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}
