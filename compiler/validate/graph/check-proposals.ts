import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { say } from '../../diagnostics/say.ts';
import type { Localized } from '../../nodes/node-kind.ts';
import type { GraphIndex } from './graph-index.ts';

/**
 * Checks the entry points: there is at least one proposal node, no proposal type enters at two of them, and every
 * type a route-by-type names is one some proposal node accepts.
 */
export function checkProposals(index: GraphIndex): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const entries = index.nodes.filter((item) => item.definition?.flow.role === 'entry');
  if (entries.length === 0) {
    return [createDiagnostic('no-proposal', say('graph.no-proposal'))];
  }
  const takenBy = new Map<string, Localized>();
  for (const item of entries) {
    if (!item.bound) continue;
    const flow = item.bound.flow;
    for (const type of flow.role === 'entry' ? flow.types : []) {
      const first = takenBy.get(type);
      if (first === undefined) takenBy.set(type, item.words);
      else {
        const message = say('graph.duplicate-proposal-type', { node: item.words, type, first });
        diagnostics.push(
          createDiagnostic('duplicate-proposal-type', message, {
            nodeId: item.node.id,
            field: 'params.types',
          }),
        );
      }
    }
  }
  for (const item of index.nodes) {
    if (!item.bound) continue;
    for (const route of item.bound.checks().namesTypes) {
      for (const type of route.types) {
        if (takenBy.has(type)) continue;
        const known = [...takenBy.keys()].map((name) => `"${name}"`).join(', ');
        const message = say('graph.unknown-proposal-type', {
          node: item.words,
          port: route.port,
          type,
          known,
        });
        diagnostics.push(
          createDiagnostic('unknown-proposal-type', message, {
            nodeId: item.node.id,
            field: route.field,
          }),
        );
      }
    }
  }
  return diagnostics;
}
