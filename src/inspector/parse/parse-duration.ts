import { formatDuration, type Language } from '../../../compiler/index.ts';
import { type DurationUnit, unitSeconds } from './duration-units.ts';
import { fieldError, type ParseResult } from './field-message.ts';

/** The bounds of a duration field, in seconds, from its schema. */
export interface DurationBounds {
  minimum?: number;
  maximum?: number;
}

/**
 * A whole number typed in a unit, as whole seconds: "2" days → 172800. Anything but digits is refused with
 * `inspector.invalidDuration`; a duration outside the field's bounds with `inspector.durationRange`.
 */
export function parseDuration(
  text: string,
  unit: DurationUnit,
  bounds: DurationBounds,
  language: Language,
  unitName: string,
): ParseResult<number> {
  const trimmed = text.trim();
  if (!/^\d{1,15}$/.test(trimmed)) return fieldError('inspector.invalidDuration', { unit: unitName });
  const seconds = Number(trimmed) * unitSeconds[unit];
  const minimum = bounds.minimum ?? 0;
  const maximum = bounds.maximum ?? Number.MAX_SAFE_INTEGER;
  if (seconds < minimum || seconds > maximum)
    return fieldError('inspector.durationRange', {
      min: formatDuration(minimum, language),
      max: formatDuration(maximum, language),
    });
  return { ok: true, value: seconds };
}
