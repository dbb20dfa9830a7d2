import type { CharterDocument } from '../../compiler/index.ts';
import type { FlowEdge } from './flow-types.ts';
import type { NodeView } from './node-view.ts';

const cache = new WeakMap<object, FlowEdge>();

/**
 * The document's edges as React Flow edges, typed by the port they leave (voters edges are dashed). Unchanged
 * edges keep their object, so React Flow skips them.
 */
export function toFlowEdges(
  document: CharterDocument,
  views: ReadonlyMap<string, NodeView>,
  selected: ReadonlySet<string>,
): FlowEdge[] {
  return document.edges.map((edge) => {
    const portType =
      views.get(edge.from.node)?.ports.find((port) => port.id === edge.from.port)?.type ?? 'flow';
    const isSelected = selected.has(edge.id);
    const old = cache.get(edge);
    if (old && old.selected === isSelected && old.data?.portType === portType) return old;
    const flowEdge: FlowEdge = {
      id: edge.id,
      source: edge.from.node,
      sourceHandle: edge.from.port,
      target: edge.to.node,
      targetHandle: edge.to.port,
      className: `edge-${portType}`,
      data: { portType },
      selected: isSelected,
    };
    cache.set(edge, flowEdge);
    return flowEdge;
  });
}
