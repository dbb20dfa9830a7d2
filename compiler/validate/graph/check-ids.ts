import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { say } from '../../diagnostics/say.ts';
import { nodeNameWords } from '../../format/node-name-words.ts';
import type { CharterDocument } from '../../generated/charter-document.ts';
import type { Localized } from '../../nodes/node-kind.ts';

/** Reports every node and every edge whose id an earlier one already took. */
export function checkIds(document: CharterDocument): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const nodeNames = new Map<string, Localized>();
  document.nodes.forEach((node, index) => {
    const first = nodeNames.get(node.id);
    if (first === undefined) nodeNames.set(node.id, nodeNameWords(node, index));
    else {
      const message = say('graph.duplicate-node-id', {
        node: nodeNameWords(node, index),
        id: node.id,
        first,
      });
      diagnostics.push(createDiagnostic('duplicate-id', message, { nodeId: node.id, field: 'id' }));
    }
  });
  const edgeIds = new Set<string>();
  for (const edge of document.edges) {
    if (!edgeIds.has(edge.id)) edgeIds.add(edge.id);
    else {
      const message = say('graph.duplicate-edge-id', { edge: edge.id });
      diagnostics.push(createDiagnostic('duplicate-id', message, { edgeId: edge.id, field: 'id' }));
    }
  }
  return diagnostics;
}
