import { type Said, say } from '../diagnostics/say.ts';
import { ordinal } from '../format/ordinal.ts';
import type { CharterDocument } from '../generated/charter-document.ts';
import { isObject } from './is-object.ts';

// How Korean names what JSON.parse can return besides an object, a list and null.
const typeWords: Readonly<Record<string, string>> = {
  string: '문자열',
  number: '숫자',
  boolean: '참/거짓 값',
};

/**
 * Why a parsed value cannot be read as a rule document at all, or undefined when it has the shape graph checks
 * rely on: an object whose `nodes` and `edges` are lists of objects with text ids. Anything finer is the schema's job.
 */
export function documentShapeProblem(value: unknown): Said | undefined {
  if (!isObject(value)) {
    const what = Array.isArray(value)
      ? { en: 'a list', ko: '목록' }
      : value === null
        ? { en: 'null', ko: 'null' }
        : { en: `a ${typeof value}`, ko: typeWords[typeof value] ?? typeof value };
    return say('load.not-an-object', { what });
  }
  for (const key of ['nodes', 'edges'] as const) {
    const list = value[key];
    if (!Array.isArray(list)) return say('load.no-list', { key });
    for (const [index, item] of list.entries()) {
      const place = { en: ordinal(index), ko: `${index + 1}번째` };
      const node = key === 'nodes';
      if (!isObject(item)) return say(node ? 'load.node-not-object' : 'load.edge-not-object', { place });
      if (typeof item.id !== 'string') return say(node ? 'load.node-no-id' : 'load.edge-no-id', { place });
    }
  }
  return undefined;
}

/** Whether graph checks can walk this value: see {@link documentShapeProblem}. */
export function hasDocumentShape(value: unknown): value is CharterDocument {
  return documentShapeProblem(value) === undefined;
}
