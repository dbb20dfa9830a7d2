import { fieldError, type ParseResult } from './field-message.ts';

/** The bounds of a number field, from its schema (JSON Schema's names). */
export interface NumberBounds {
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
}

/**
 * A decimal number within the field's bounds: "0.25" → 0.25. Not a number is `inspector.invalidDecimal`;
 * below the bound `inspector.numberMin` (or `inspector.numberAbove` when the bound is exclusive); above it
 * `inspector.numberMax`.
 */
export function parseNumber(text: string, bounds: NumberBounds): ParseResult<number> {
  const trimmed = text.trim();
  if (!/^-?\d{1,16}(?:\.\d{1,16})?$/.test(trimmed)) return fieldError('inspector.invalidDecimal');
  const value = Number(trimmed);
  if (bounds.minimum !== undefined && value < bounds.minimum)
    return fieldError('inspector.numberMin', { min: bounds.minimum });
  if (bounds.exclusiveMinimum !== undefined && value <= bounds.exclusiveMinimum)
    return fieldError('inspector.numberAbove', { min: bounds.exclusiveMinimum });
  if (bounds.maximum !== undefined && value > bounds.maximum)
    return fieldError('inspector.numberMax', { max: bounds.maximum });
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}
