/**
 * Canonical JSON: object keys in code-point order at every depth, numbers in ECMAScript's shortest round-trip
 * form (as RFC 8785 prescribes), so the same value always gives the same bytes. With `indent` it is pretty-printed
 * for people, still in canonical order, and ends with a newline. Values JSON cannot hold (undefined, functions)
 * are left out of objects and written as null in lists, as JSON.stringify does.
 */
export function canonicalJson(value: unknown, indent?: number): string {
  return indent === undefined ? write(value, '', '') : `${write(value, ' '.repeat(indent), '\n')}\n`;
}

// Written directly, by string concatenation (cheap in V8): building sorted copies of objects would not even sort,
// since JavaScript always puts integer-like keys ("0", "12") first. This is also the compiler's hot path.
function write(value: unknown, indent: string, newline: string, depth = ''): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const inner = depth + indent;
  const open = (bracket: string) => (newline ? `${bracket}${newline}${inner}` : bracket);
  const separator = newline ? `,${newline}${inner}` : ',';
  const close = (bracket: string) => (newline ? `${newline}${depth}${bracket}` : bracket);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    let text = open('[');
    for (let index = 0; index < value.length; index++) {
      const item = value[index];
      if (index > 0) text += separator;
      text += item === undefined || typeof item === 'function' ? 'null' : write(item, indent, newline, inner);
    }
    return text + close(']');
  }
  const record = value as Record<string, unknown>;
  const colon = newline ? ': ' : ':';
  let text = '';
  for (const key of Object.keys(record).sort()) {
    const item = record[key];
    if (item === undefined || typeof item === 'function') continue;
    text += `${text ? separator : open('{')}${JSON.stringify(key)}${colon}${write(item, indent, newline, inner)}`;
  }
  return text ? text + close('}') : '{}';
}
