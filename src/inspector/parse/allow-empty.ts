import { fieldError, type ParseResult } from './field-message.ts';

/**
 * Wraps a parser so that empty text means "remove the field" (its default applies again), or, for a field that
 * must be present, `inspector.required`.
 */
export function allowEmpty<T>(
  parse: (text: string) => ParseResult<T>,
  required: boolean,
): (text: string) => ParseResult<T | undefined> {
  return (text) => {
    if (text.trim() !== '') return parse(text);
    return required ? fieldError('inspector.required') : { ok: true, value: undefined };
  };
}
