import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { edgesAt, type GraphIndex } from './graph-index.ts';

/**
 * Checks how many edges each port has. A flow exit with none is a path that leads nowhere (`no-outcome`); a
 * decision's voters with none is `no-electorate`; a flow input with none is left to the reachability check.
 */
export function checkPorts(index: GraphIndex): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const item of index.nodes) {
    for (const port of item.ports ?? []) {
      const count = edgesAt(item, port).length;
      const where = { nodeId: item.node.id, port: port.id };
      if (port.max !== undefined && count > port.max) {
        const message = `${item.name}: "${port.id}" takes ${port.max === 1 ? 'one edge' : `at most ${port.max} edges`} but has ${count}. Remove the extra ones.`;
        diagnostics.push(createDiagnostic('port-too-many', message, where));
      }
      if (count >= port.min) continue;
      if (port.type === 'flow' && port.direction === 'out') {
        const message = `${item.name}: proposals that leave by "${port.id}" (${port.label.en}) go nowhere. Connect it to the next step or to an outcome such as Execute or Reject.`;
        diagnostics.push(createDiagnostic('no-outcome', message, where));
      } else if (
        port.id === 'voters' &&
        port.direction === 'in' &&
        item.definition &&
        ['convex', 'concave'].includes(item.definition.group)
      ) {
        const message = `${item.name}: nobody can vote on this decision. Connect an electorate (token holders, members, signers…) to its "${port.label.en}" input.`;
        diagnostics.push(createDiagnostic('no-electorate', message, where));
      } else if (!(port.type === 'flow' && port.direction === 'in' && count === 0)) {
        const message = `${item.name}: "${port.id}" (${port.label.en}) needs ${port.min === 1 ? 'an edge' : `at least ${port.min} edges`} but has ${count === 0 ? 'none' : count}.`;
        diagnostics.push(createDiagnostic('port-unconnected', message, where));
      }
    }
  }
  return diagnostics;
}
