import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { say } from '../../diagnostics/say.ts';
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
      const node = item.words;
      if (port.max !== undefined && count > port.max) {
        const message =
          port.max === 1
            ? say('graph.port-takes-one', { node, port: port.id, count })
            : say('graph.port-takes-at-most', { node, port: port.id, max: port.max, count });
        diagnostics.push(createDiagnostic('port-too-many', message, where));
      }
      if (count >= port.min) continue;
      if (port.type === 'flow' && port.direction === 'out') {
        const message = say('graph.exit-goes-nowhere', { node, port: port.id, label: port.label });
        diagnostics.push(createDiagnostic('no-outcome', message, where));
      } else if (
        port.id === 'voters' &&
        port.direction === 'in' &&
        item.definition &&
        ['convex', 'concave'].includes(item.definition.group)
      ) {
        const message = say('graph.no-electorate', { node, label: port.label });
        diagnostics.push(createDiagnostic('no-electorate', message, where));
      } else if (!(port.type === 'flow' && port.direction === 'in' && count === 0)) {
        const args = { node, port: port.id, label: port.label };
        const message =
          port.min === 1
            ? say('graph.port-needs-an-edge', args)
            : say('graph.port-needs-edges', {
                ...args,
                min: port.min,
                count: { en: count === 0 ? 'none' : String(count), ko: String(count) },
              });
        diagnostics.push(createDiagnostic('port-unconnected', message, where));
      }
    }
  }
  return diagnostics;
}
