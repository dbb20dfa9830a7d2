import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { say } from '../../diagnostics/say.ts';
import type { GraphIndex } from './graph-index.ts';

/**
 * Checks that the branch names a node's params give its ports are distinct, and what each kind checks of its own
 * params (a route by amount's limits strictly increase, so that every amount has exactly one band).
 */
export function checkRouting(index: GraphIndex): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const item of index.nodes) {
    if (!item.bound) continue;
    const seen = new Set<string>();
    for (const port of item.bound.ports) {
      if (!seen.has(port.id)) {
        seen.add(port.id);
        continue;
      }
      const message = say('graph.duplicate-branch', { node: item.words, port: port.id });
      diagnostics.push(createDiagnostic('duplicate-port', message, { nodeId: item.node.id, port: port.id }));
    }
    diagnostics.push(...item.bound.checks().own({ nodeId: item.node.id, name: item.words }));
  }
  return diagnostics;
}
