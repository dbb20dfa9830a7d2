import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { nodeName } from '../../format/node-name.ts';
import type { CharterDocument } from '../../generated/charter-document.ts';

/** Reports every node and every edge whose id an earlier one already took. */
export function checkIds(document: CharterDocument): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const nodeNames = new Map<string, string>();
  document.nodes.forEach((node, index) => {
    const first = nodeNames.get(node.id);
    if (first === undefined) nodeNames.set(node.id, nodeName(node, index));
    else {
      const message = `${nodeName(node, index)}: the id "${node.id}" is already used by ${first}. Every node needs its own id.`;
      diagnostics.push(createDiagnostic('duplicate-id', message, { nodeId: node.id, field: 'id' }));
    }
  });
  const edgeIds = new Set<string>();
  for (const edge of document.edges) {
    if (!edgeIds.has(edge.id)) edgeIds.add(edge.id);
    else {
      const message = `Edge "${edge.id}": another edge already has this id. Every edge needs its own id.`;
      diagnostics.push(createDiagnostic('duplicate-id', message, { edgeId: edge.id, field: 'id' }));
    }
  }
  return diagnostics;
}
