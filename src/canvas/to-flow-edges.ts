import type { CharterDocument } from '../../compiler/index.ts';
import type { FlowEdge } from './flow-types.ts';
import type { NodeView } from './node-view.ts';
import type { OverlayTone } from './overlay-store.ts';

const cache = new WeakMap<object, FlowEdge>();

/**
 * The document's edges as React Flow edges, typed by the port they leave (voters edges are dashed) and marked by the panels' overlays. Unchanged
 * edges keep their object, so React Flow skips them.
 */
export function toFlowEdges(
  document: CharterDocument,
  views: ReadonlyMap<string, NodeView>,
  selected: ReadonlySet<string>,
  marks: ReadonlyMap<string, OverlayTone> = new Map(),
): FlowEdge[] {
  return document.edges.map((edge) => {
    const portType =
      views.get(edge.from.node)?.ports.find((port) => port.id === edge.from.port)?.type ?? 'flow';
    const isSelected = selected.has(edge.id);
    const mark = marks.get(edge.id);
    const className = `edge-${portType}${mark ? ` overlay-${mark}` : ''}`;
    const old = cache.get(edge);
    if (old && old.selected === isSelected && old.className === className) return old;
    const flowEdge: FlowEdge = {
      id: edge.id,
      source: edge.from.node,
      sourceHandle: edge.from.port,
      target: edge.to.node,
      targetHandle: edge.to.port,
      className,
      data: { portType },
      selected: isSelected,
    };
    cache.set(edge, flowEdge);
    return flowEdge;
  });
}
