import { Graph, layout } from '@dagrejs/dagre';
import type { CharterDocument } from '../../compiler/index.ts';

/** A node's size on the canvas (canvas units), as measured; unmeasured nodes count as the default card. */
export type NodeSizes = ReadonlyMap<string, { width: number; height: number }>;

const defaultSize = { width: 220, height: 90 };

/**
 * Lays the graph out left to right with dagre: a proposal's path runs across, and the electorates sit in the rank
 * before the decisions they vote in. Positions are node top-left corners, rounded; nothing else changes.
 */
export function layoutNodes(document: CharterDocument, sizes: NodeSizes = new Map()): CharterDocument {
  if (document.nodes.length === 0) return document;
  const graph = new Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'LR', nodesep: 40, ranksep: 90, marginx: 0, marginy: 0 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of document.nodes) graph.setNode(node.id, { ...(sizes.get(node.id) ?? defaultSize) });
  for (const edge of document.edges) {
    if (graph.hasNode(edge.from.node) && graph.hasNode(edge.to.node))
      graph.setEdge(edge.from.node, edge.to.node, {}, edge.id);
  }
  layout(graph);
  return {
    ...document,
    nodes: document.nodes.map((node) => {
      const placed = graph.node(node.id);
      const size = sizes.get(node.id) ?? defaultSize;
      return {
        ...node,
        position: { x: Math.round(placed.x - size.width / 2), y: Math.round(placed.y - size.height / 2) },
      };
    }),
  };
}
