/**
 * A message to show under a field, as data: an i18n key (such as `inspector.invalidPercent`) and its values, so
 * parsing stays free of React and the same error reads right in every language.
 */
export interface FieldMessage {
  key: string;
  values?: Record<string, string | number>;
  /** A message this one wraps, shown as its `{{message}}` (a line of an address list). */
  inner?: FieldMessage;
}

/** What a widget's text means: the value to store, or why it cannot be stored. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: FieldMessage[] };

/** A failed parse with one message. */
export function fieldError(key: string, values?: Record<string, string | number>): ParseResult<never> {
  return { ok: false, errors: [values === undefined ? { key } : { key, values }] };
}
