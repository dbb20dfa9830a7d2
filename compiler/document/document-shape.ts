import { ordinal } from '../format/ordinal.ts';
import type { CharterDocument } from '../generated/charter-document.ts';
import { isObject } from './is-object.ts';

/**
 * Why a parsed value cannot be read as a rule document at all, or undefined when it has the shape graph checks
 * rely on: an object whose `nodes` and `edges` are lists of objects with text ids. Anything finer is the schema's job.
 */
export function documentShapeProblem(value: unknown): string | undefined {
  if (!isObject(value)) {
    const what = Array.isArray(value) ? 'a list' : value === null ? 'null' : `a ${typeof value}`;
    return `The file holds ${what}, not a rule document (a JSON object with "nodes" and "edges").`;
  }
  for (const key of ['nodes', 'edges'] as const) {
    const list = value[key];
    if (!Array.isArray(list)) return `The document has no "${key}" list.`;
    for (const [index, item] of list.entries()) {
      const noun = key === 'nodes' ? 'node' : 'edge';
      if (!isObject(item)) return `The ${ordinal(index)} ${noun} is not an object.`;
      if (typeof item.id !== 'string') return `The ${ordinal(index)} ${noun} has no text "id".`;
    }
  }
  return undefined;
}

/** Whether graph checks can walk this value: see {@link documentShapeProblem}. */
export function hasDocumentShape(value: unknown): value is CharterDocument {
  return documentShapeProblem(value) === undefined;
}
