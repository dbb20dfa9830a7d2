import type { CharterDocument } from '../../compiler/index.ts';

/** Removes these nodes, every edge touching them, and these edges. Returns the same document if nothing matched. */
export function removeElements(
  document: CharterDocument,
  nodeIds: ReadonlySet<string>,
  edgeIds: ReadonlySet<string> = new Set(),
): CharterDocument {
  const nodes = document.nodes.filter((node) => !nodeIds.has(node.id));
  const edges = document.edges.filter(
    (edge) => !edgeIds.has(edge.id) && !nodeIds.has(edge.from.node) && !nodeIds.has(edge.to.node),
  );
  if (nodes.length === document.nodes.length && edges.length === document.edges.length) return document;
  return { ...document, nodes, edges };
}
