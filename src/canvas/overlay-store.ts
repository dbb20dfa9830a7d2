import { create } from 'zustand';

/** How a node or edge is marked over its normal look. */
export type OverlayTone = 'trace' | 'passed' | 'failed' | 'added' | 'removed' | 'changed' | 'hover';

/** A mark on one node: its tone and an optional line of text under the card (a tally, "4% → 2%"). */
export interface NodeOverlay {
  tone: OverlayTone;
  note?: string;
}

/**
 * Marks laid over the canvas by other panels: the preview's trace (the path a proposal took, each node's tally),
 * the review's diff colours and the nodes a hovered sentence is about. Panels replace their own layer; the canvas
 * shows the union, later layers winning. Never part of the document or its history.
 */
export interface OverlayState {
  layers: Record<string, { nodes: Record<string, NodeOverlay>; edges: Record<string, OverlayTone> }>;
  /** Sets (or with `undefined`, clears) one panel's layer, such as `preview` or `review`. */
  setLayer(
    name: string,
    layer: { nodes: Record<string, NodeOverlay>; edges?: Record<string, OverlayTone> } | undefined,
  ): void;
}

export const useOverlayStore = create<OverlayState>()((set, get) => ({
  layers: {},
  setLayer(name, layer) {
    const layers = { ...get().layers };
    if (layer) layers[name] = { nodes: layer.nodes, edges: layer.edges ?? {} };
    else delete layers[name];
    set({ layers });
  },
}));

/** The mark on one node, from the last layer that has one. */
export function nodeOverlay(state: OverlayState, nodeId: string): NodeOverlay | undefined {
  let found: NodeOverlay | undefined;
  for (const layer of Object.values(state.layers)) found = layer.nodes[nodeId] ?? found;
  return found;
}

/** The mark on one edge, from the last layer that has one. */
export function edgeOverlay(state: OverlayState, edgeId: string): OverlayTone | undefined {
  let found: OverlayTone | undefined;
  for (const layer of Object.values(state.layers)) found = layer.edges[edgeId] ?? found;
  return found;
}
