import type { CharterDocument } from '../../compiler/index.ts';
import { portsOfStoredNode } from '../edits/connect.ts';
import { removeElements } from '../edits/remove-elements.ts';
import { uniqueId } from '../edits/unique-id.ts';

/**
 * Removes a step that has one proposal flow in and one out (a timelock, say) and joins what led into it to what it led
 * to, so the path stays whole. Returns the same document for any other node: removing a decision or a router would
 * change what the rules mean, not just drop a step.
 */
export function bypassNode(document: CharterDocument, nodeId: string): CharterDocument {
  const node = document.nodes.find((candidate) => candidate.id === nodeId);
  if (!node) return document;
  const ports = portsOfStoredNode(node).filter((port) => port.type === 'flow');
  const inputs = ports.filter((port) => port.direction === 'in');
  const outputs = ports.filter((port) => port.direction === 'out');
  if (inputs.length !== 1 || outputs.length !== 1) return document;
  const into = document.edges.filter((edge) => edge.to.node === nodeId && edge.to.port === inputs[0]!.id);
  const onward = document.edges.filter(
    (edge) => edge.from.node === nodeId && edge.from.port === outputs[0]!.id,
  );
  const removed = removeElements(document, new Set([nodeId]));
  const edges = [...removed.edges];
  const taken = new Set(edges.map((edge) => edge.id));
  for (const before of into)
    for (const after of onward) {
      const id = uniqueId(`${before.from.node}.${before.from.port}-${after.to.node}`, taken);
      taken.add(id);
      edges.push({ id, from: { ...before.from }, to: { ...after.to } });
    }
  return { ...removed, edges };
}
