import type { CharterDocument, DocumentDiff } from '../../../compiler/index.ts';
import type { NodeOverlay, OverlayTone } from '../../canvas/overlay-store.ts';

/** A connection's ends, which identify it across versions (its id may differ). */
export function edgeKey(edge: CharterDocument['edges'][number]): string {
  return `${edge.from.node}\u0000${edge.from.port}\u0000${edge.to.node}\u0000${edge.to.port}`;
}

/** One changed value as the cards and the list show it: "Quorum: 4% → 2%". */
export function changeText(change: DocumentDiff['changed'][number]['changes'][number]): string {
  return `${change.title}: ${change.beforeText} → ${change.afterText}`;
}

/**
 * The marks a diff from `other` (earlier) to `current` (the canvas) lays over the nodes and edges: nodes only on the
 * canvas green (added), only in `other` red (removed, drawn where the other version put them), changed amber with
 * their values before → after as the card's note; edges by id of `current` that `other` lacks green.
 */
export function diffOverlay(
  current: CharterDocument,
  other: CharterDocument,
  diff: DocumentDiff,
): { nodes: Record<string, NodeOverlay>; edges: Record<string, OverlayTone> } {
  const nodes: Record<string, NodeOverlay> = {};
  for (const node of diff.removed) nodes[node.id] = { tone: 'removed' };
  for (const node of diff.added) nodes[node.id] = { tone: 'added' };
  for (const node of diff.changed)
    nodes[node.id] = { tone: 'changed', note: node.changes.map(changeText).join('\n') };
  const kept = new Set(other.edges.map(edgeKey));
  const edges: Record<string, OverlayTone> = {};
  for (const edge of current.edges) if (!kept.has(edgeKey(edge))) edges[edge.id] = 'added';
  return { nodes, edges };
}
