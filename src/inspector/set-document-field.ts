import type { CharterDocument } from '../../compiler/index.ts';
import type { FieldPath } from '../edits/set-node-field.ts';

function setIn(value: unknown, path: FieldPath, next: unknown): unknown {
  if (path.length === 0) return next;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  const record: Record<string, unknown> =
    value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...value } : {};
  const child = setIn(record[key], rest, next);
  if (child === undefined) delete record[key];
  else record[key] = child;
  return record;
}

/**
 * Sets (or with `undefined`, removes) one of the document's own fields: `['name']`, `['chain', 'blockTime']`.
 * Returns the same document when the value is already there, so the edit is not an undo step.
 */
export function setDocumentField(
  document: CharterDocument,
  path: FieldPath,
  value: unknown,
): CharterDocument {
  const next = setIn(document, path, value) as CharterDocument;
  const before = path.reduce<unknown>(
    (at, key) => (at as Record<string, unknown> | undefined)?.[key],
    document,
  );
  return JSON.stringify(before) === JSON.stringify(value) ? document : next;
}
