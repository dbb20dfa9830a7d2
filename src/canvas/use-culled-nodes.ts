import { useStore, useStoreApi } from '@xyflow/react';
import { useMemo, useRef } from 'react';
import { cardSize } from '../edits/free-spot.ts';
import { useCanvasViewStore } from './canvas-view-store.ts';
import type { FlowEdge, FlowNode } from './flow-types.ts';

/**
 * Above this many nodes the canvas hands React Flow only the nodes near the view. React Flow draws every node it is
 * given once, to measure it, before it culls; on 2,000 nodes that first draw is most of the time to open.
 */
export const cullAbove = 300;

interface ViewState {
  transform: [number, number, number];
  width: number;
  height: number;
}

/** A rectangle in flow coordinates. */
interface Area {
  left: number;
  top: number;
  right: number;
  bottom: number;
  zoom: number;
}

/** Which stretch of the canvas the view is in, in steps of half a pane: the culled set changes only between steps. */
function viewKey(state: ViewState): string {
  const [x, y, zoom] = state.transform;
  const stepX = Math.max(state.width / 2, 1);
  const stepY = Math.max(state.height / 2, 1);
  return `${Math.floor(-x / stepX)}:${Math.floor(-y / stepY)}:${zoom.toFixed(2)}:${state.width}:${state.height}`;
}

/** The view itself and, with `margin` 1, a pane's width and height around it, in flow coordinates. */
function viewArea(state: ViewState, margin: number): Area {
  const [x, y, zoom] = state.transform;
  return {
    left: (-x - margin * state.width) / zoom,
    top: (-y - margin * state.height) / zoom,
    right: (-x + (1 + margin) * state.width) / zoom,
    bottom: (-y + (1 + margin) * state.height) / zoom,
    zoom,
  };
}

function covers(outer: Area, inner: Area): boolean {
  return (
    outer.zoom === inner.zoom &&
    outer.left <= inner.left &&
    outer.top <= inner.top &&
    outer.right >= inner.right &&
    outer.bottom >= inner.bottom
  );
}

/**
 * The nodes and edges to give React Flow: all of them for a graph of up to {@link cullAbove} nodes; for a larger
 * one, the nodes within a pane's width and height of the view (so none pops in while panning within a step), and
 * the edges between two of them. The arrays keep their identity while the set does not change.
 *
 * While the view is moving (a pan, a zoom, a fit) the set stays as it is for as long as it covers what is on
 * screen: handing React Flow a new set re-renders the canvas, which is a dropped frame in the middle of a pan. It is
 * brought up to date when the move ends, or at once when the view would reach past it.
 *
 * @param documentSize - how many nodes the document has. The nodes follow the document a render late (the flow
 *   store syncs in an effect), so in the render that opens a large document `nodes` are still the old small graph's
 *   while `edges` are already the new one's: culling by the larger of the two keeps thousands of edges of nodes
 *   React Flow does not have yet (or thousands of nodes of a document just closed) from reaching it.
 */
export function useCulledNodes(
  nodes: FlowNode[],
  edges: FlowEdge[],
  documentSize: number,
): { nodes: FlowNode[]; edges: FlowEdge[]; culling: boolean } {
  const culling = Math.max(nodes.length, documentSize) > cullAbove;
  const moving = useCanvasViewStore((state) => state.moving);
  /** The area the set last handed over covers, and the view key it was made for. */
  const made = useRef<{ area: Area; key: string } | undefined>(undefined);
  const key = useStore((state) => {
    if (!culling) return '';
    if (moving && made.current && covers(made.current.area, viewArea(state, 0))) return made.current.key;
    return viewKey(state);
  });
  const api = useStoreApi();
  const last = useRef<{ nodes: FlowNode[]; edges: FlowEdge[] }>({ nodes: [], edges: [] });
  // Recomputed by view step (`key`), not every pan frame.
  return useMemo(() => {
    if (!culling) return { nodes, edges, culling };
    const area = viewArea(api.getState(), 1);
    made.current = { area, key };
    const kept = nodes.filter((node) => {
      const w = node.measured?.width ?? cardSize.width;
      const h = node.measured?.height ?? cardSize.height;
      return (
        node.selected ||
        (node.position.x + w >= area.left &&
          node.position.x <= area.right &&
          node.position.y + h >= area.top &&
          node.position.y <= area.bottom)
      );
    });
    const ids = new Set(kept.map((node) => node.id));
    const keptEdges = edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target));
    const same = <T>(a: readonly T[], b: readonly T[]) =>
      a.length === b.length && a.every((item, i) => item === b[i]);
    const next = {
      nodes: same(kept, last.current.nodes) ? last.current.nodes : kept,
      edges: same(keptEdges, last.current.edges) ? last.current.edges : keptEdges,
    };
    last.current = next;
    return { ...next, culling };
  }, [nodes, edges, culling, key, api]);
}
