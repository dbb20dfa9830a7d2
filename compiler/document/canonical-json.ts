/**
 * Canonical JSON: object keys in code-point order at every depth, numbers in ECMAScript's shortest round-trip
 * form (as RFC 8785 prescribes), so the same value always gives the same bytes. With `indent` it is pretty-printed
 * for people, still in canonical order, and ends with a newline. Values JSON cannot hold (undefined, functions)
 * are left out of objects and written as null in lists, as JSON.stringify does.
 */
export function canonicalJson(value: unknown, indent?: number): string {
  try {
    // The fast way (the compiler's hot path): a copy with sorted keys, printed by the engine's own JSON.stringify.
    const text = JSON.stringify(sortedCopy(value), null, indent) ?? 'null';
    return indent === undefined ? text : `${text}\n`;
  } catch (error) {
    if (!(error instanceof IndexKey)) throw error;
    return indent === undefined ? write(value, '', '') : `${write(value, ' '.repeat(indent), '\n')}\n`;
  }
}

/** Thrown when an object has an integer-like key, which JavaScript would list first whatever the insertion order. */
class IndexKey {}

const indexKey = /^(?:0|[1-9][0-9]{0,9})$/;

function sortedCopy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const copy = new Array(value.length);
    for (let index = 0; index < value.length; index++) copy[index] = sortedCopy(value[index]);
    return copy;
  }
  const record = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) {
    if (isIndexKey(key)) throw new IndexKey();
    const item = record[key];
    // A function is left out, as JSON would leave it out (and would call one named `toJSON`).
    if (typeof item !== 'function') copy[key] = typeof item === 'object' ? sortedCopy(item) : item;
  }
  return copy;
}

/** Whether a key is integer-like; few keys start with a digit, so most are answered without the pattern. */
function isIndexKey(key: string): boolean {
  const first = key.charCodeAt(0);
  return first >= 48 && first <= 57 && indexKey.test(key);
}

// The slow way, for objects with integer-like keys: written directly, by string concatenation, since a sorted copy
// would not keep them sorted (JavaScript always lists integer-like keys ("0", "12") first).
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
