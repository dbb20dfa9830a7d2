import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import type { GraphIndex } from './graph-index.ts';

/**
 * Checks the entry points: there is at least one proposal node, no proposal type enters at two of them, and every
 * type a route-by-type names is one some proposal node accepts.
 */
export function checkProposals(index: GraphIndex): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const entries = index.nodes.filter((item) => item.definition?.flow.role === 'entry');
  if (entries.length === 0) {
    const message =
      'The document has no Proposal node, so no proposal can enter these rules. Add one and connect it to the first step.';
    return [createDiagnostic('no-proposal', message)];
  }
  const takenBy = new Map<string, string>();
  for (const item of entries) {
    if (!item.bound) continue;
    const flow = item.bound.flow;
    for (const type of flow.role === 'entry' ? flow.types : []) {
      const first = takenBy.get(type);
      if (first === undefined) takenBy.set(type, item.name);
      else {
        const message = `${item.name}: proposals of type "${type}" already enter at ${first}, so it is unclear which rules they follow. Accept each type at one proposal node only.`;
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
        const message = `${item.name}: the branch "${route.port}" routes "${type}", but no proposal node accepts that type (they accept ${known}). Check the spelling, or add it to a proposal node.`;
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
