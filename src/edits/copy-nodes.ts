import type { CharterDocument, CharterEdge, CharterNode } from '../../compiler/index.ts';
import { uniqueId } from './unique-id.ts';

/** Nodes taken from a document with the edges between them, ready to paste. */
export interface Clipboard {
  nodes: CharterNode[];
  edges: CharterEdge[];
}

/** Copies these nodes and the edges that run between two of them. */
export function copyNodes(document: CharterDocument, nodeIds: ReadonlySet<string>): Clipboard {
  return structuredClone({
    nodes: document.nodes.filter((node) => nodeIds.has(node.id)),
    edges: document.edges.filter((edge) => nodeIds.has(edge.from.node) && nodeIds.has(edge.to.node)),
  });
}

/**
 * Pastes copied nodes with new ids (the old id without a copy number, made unique), shifted by `offset`, and their inner edges rewired to
 * the new ids. Returns the new ids, so the paste can be selected.
 */
export function pasteNodes(
  document: CharterDocument,
  clipboard: Clipboard,
  offset: { x: number; y: number },
): { document: CharterDocument; ids: string[] } {
  const takenNodes = new Set(document.nodes.map((node) => node.id));
  const takenEdges = new Set(document.edges.map((edge) => edge.id));
  const renamed = new Map<string, string>();
  const nodes = clipboard.nodes.map((node) => {
    // A copy of `delay-2` is `delay-3`, not `delay-2-2`.
    const id = uniqueId(node.id.replace(/-\d+$/, ''), takenNodes);
    takenNodes.add(id);
    renamed.set(node.id, id);
    const position = node.position ?? { x: 0, y: 0 };
    return {
      ...structuredClone(node),
      id,
      position: { x: position.x + offset.x, y: position.y + offset.y },
    };
  });
  const edges = clipboard.edges.map((edge) => {
    const from = { node: renamed.get(edge.from.node)!, port: edge.from.port };
    const to = { node: renamed.get(edge.to.node)!, port: edge.to.port };
    const id = uniqueId(`${from.node}.${from.port}-${to.node}`, takenEdges);
    takenEdges.add(id);
    return { id, from, to };
  });
  return {
    document: { ...document, nodes: [...document.nodes, ...nodes], edges: [...document.edges, ...edges] },
    ids: nodes.map((node) => node.id),
  };
}
