/**
 * Canonical JSON: object keys in code-point order at every depth, numbers in ECMAScript's shortest round-trip
 * form (as RFC 8785 prescribes), so the same value always gives the same bytes. With `indent` it is pretty-printed
 * for people, still in canonical order, and ends with a newline.
 */
export function canonicalJson(value: unknown, indent?: number): string {
  const text = JSON.stringify(value, sortKeys, indent);
  return indent === undefined ? text : `${text}\n`;
}

function sortKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) sorted[key] = (value as Record<string, unknown>)[key];
  return sorted;
}
