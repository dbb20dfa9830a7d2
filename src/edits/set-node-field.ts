import type { CharterDocument, CharterNode } from '../../compiler/index.ts';
import { carryPortRenames } from './carry-port-renames.ts';

/** A field of a node: `['label']`, `['params', 'quorum', 'percent']`, `['params', 'bands', 0, 'below']`. */
export type FieldPath = readonly (string | number)[];

function setIn(value: unknown, path: FieldPath, next: unknown): unknown {
  if (path.length === 0) return next;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  if (typeof key === 'number') {
    const list = Array.isArray(value) ? [...value] : [];
    if (rest.length === 0 && next === undefined) list.splice(key, 1);
    else list[key] = setIn(list[key], rest, next);
    return list;
  }
  const record = value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...value } : {};
  const child = setIn((record as Record<string, unknown>)[key], rest, next);
  if (child === undefined) delete (record as Record<string, unknown>)[key];
  else (record as Record<string, unknown>)[key] = child;
  return record;
}

/**
 * Sets (or with `undefined`, removes) one field of one node. Returns the same document when the value is already
 * there, so an edit that changes nothing is not an undo step. When the change renames one of the node's ports (a
 * router's branch), its edges follow in the same step.
 */
export function setNodeField(
  document: CharterDocument,
  nodeId: string,
  path: FieldPath,
  value: unknown,
): CharterDocument {
  let changed: { before: CharterNode; after: CharterNode } | undefined;
  const nodes = document.nodes.map((node) => {
    if (node.id !== nodeId) return node;
    const next = setIn(node, path, value) as CharterNode;
    if (JSON.stringify(next) === JSON.stringify(node)) return node;
    changed = { before: node, after: next };
    return next;
  });
  if (!changed) return document;
  const edges =
    path[0] === 'params' ? carryPortRenames(changed.before, changed.after, document.edges) : document.edges;
  return { ...document, nodes, edges: edges as CharterDocument['edges'] };
}
