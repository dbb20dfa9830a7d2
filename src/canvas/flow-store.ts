import { applyNodeChanges, type NodeChange, type XYPosition } from '@xyflow/react';
import { create } from 'zustand';
import type { CharterDocument } from '../../compiler/index.ts';
import type { FlowNode } from './flow-types.ts';
import type { NodeView } from './node-view.ts';

/**
 * React Flow's view of the document: node positions while dragging, measured sizes and selection. The document
 * stays the truth; this store is rebuilt from it, keeping each unchanged node object so React Flow skips it.
 */
export interface FlowState {
  nodes: FlowNode[];
  /** Selected node ids, in selection order, kept apart so the inspector does not follow every drag frame. */
  selectedNodeIds: string[];
  selectedEdgeIds: string[];
  applyChanges(changes: NodeChange<FlowNode>[]): void;
  /**
   * Rebuilds the nodes from the document and their views. Their accessible names are not given here but where the
   * canvas hands nodes to React Flow (`useNamedNodes`): a large graph draws only the nodes near the view.
   */
  sync(document: CharterDocument, views: ReadonlyMap<string, NodeView>): void;
  select(nodeIds: readonly string[], edgeIds?: readonly string[]): void;
  setSelectedEdges(edgeIds: readonly string[]): void;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

export const useFlowStore = create<FlowState>()((set, get) => ({
  nodes: [],
  selectedNodeIds: [],
  selectedEdgeIds: [],
  applyChanges(changes) {
    // Removals go through the document (one undo step for the whole deletion), never through this view.
    const kept = changes.filter((change) => change.type !== 'remove');
    if (kept.length === 0) return;
    const nodes = applyNodeChanges(kept, get().nodes);
    const selectedNodeIds = nodes.filter((node) => node.selected).map((node) => node.id);
    set(
      sameIds(selectedNodeIds, get().selectedNodeIds)
        ? { nodes }
        : { nodes, selectedNodeIds: selectedNodeIds },
    );
  },
  sync(document, views) {
    const previous = new Map(get().nodes.map((node) => [node.id, node]));
    const selected = new Set(get().selectedNodeIds);
    const nodes: FlowNode[] = [];
    for (const stored of document.nodes) {
      const view = views.get(stored.id);
      if (!view) continue;
      const position: XYPosition = stored.position ?? { x: 0, y: 0 };
      const old = previous.get(stored.id);
      const type = view.group ?? 'unknown';
      if (
        old &&
        old.data.view === view &&
        old.type === type &&
        old.position.x === position.x &&
        old.position.y === position.y
      ) {
        nodes.push(old);
        continue;
      }
      nodes.push({
        id: stored.id,
        type,
        position,
        data: { view },
        selected: selected.has(stored.id),
        ...(old?.measured ? { measured: old.measured } : {}),
      });
    }
    const ids = new Set(nodes.map((node) => node.id));
    set({
      nodes,
      selectedNodeIds: get().selectedNodeIds.filter((id) => ids.has(id)),
      selectedEdgeIds: get().selectedEdgeIds.filter((id) => document.edges.some((edge) => edge.id === id)),
    });
  },
  select(nodeIds, edgeIds = []) {
    const wanted = new Set(nodeIds);
    set({
      nodes: get().nodes.map((node) =>
        (node.selected ?? false) === wanted.has(node.id) ? node : { ...node, selected: wanted.has(node.id) },
      ),
      selectedNodeIds: [...nodeIds],
      selectedEdgeIds: [...edgeIds],
    });
  },
  setSelectedEdges(edgeIds) {
    if (!sameIds(edgeIds, get().selectedEdgeIds)) set({ selectedEdgeIds: [...edgeIds] });
  },
}));
