import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import type { CharterEdge } from '../../generated/charter-document.ts';
import type { PortDefinition } from '../../nodes/node-kind.ts';
import { addEdge, type GraphIndex, type IndexedNode } from './graph-index.ts';

const typeWords = { flow: 'a proposal flow', electorate: 'voters' } as const;

function portList(node: IndexedNode, direction: 'in' | 'out'): string {
  const ids = (node.ports ?? []).filter((port) => port.direction === direction).map((port) => `"${port.id}"`);
  return ids.length === 0
    ? `${node.name} has no ${direction === 'in' ? 'inputs' : 'outputs'}`
    : `its ${direction === 'in' ? 'inputs' : 'outputs'} are ${ids.join(', ')}`;
}

/** Finds the port an edge end names; reports a missing one or one facing the wrong way. */
function findPort(
  edge: CharterEdge,
  node: IndexedNode,
  end: 'from' | 'to',
  diagnostics: Diagnostic[],
): PortDefinition | undefined | null {
  if (!node.ports) return undefined;
  const id = edge[end].port;
  const direction = end === 'from' ? 'out' : 'in';
  const port = node.ports.find((candidate) => candidate.id === id && candidate.direction === direction);
  if (port) return port;
  const opposite = node.ports.some((candidate) => candidate.id === id);
  const message = opposite
    ? `Edge "${edge.id}" runs the wrong way: "${id}" is ${direction === 'out' ? 'an input' : 'an output'} of ${node.name}, so the edge must ${direction === 'out' ? 'end' : 'start'} there.`
    : `Edge "${edge.id}": ${node.name} has no ${direction === 'out' ? 'output' : 'input'} "${id}"; ${portList(node, direction)}.`;
  diagnostics.push(
    createDiagnostic('edge-unknown-port', message, {
      edgeId: edge.id,
      nodeId: node.node.id,
      port: id,
      field: `${end}.port`,
    }),
  );
  return null;
}

/**
 * Checks each schema-valid edge: both nodes exist, both ports exist and face the right way, and both carry the
 * same type. Edges that pass are wired into the index; so are edges to nodes whose ports are unknown, so that one
 * broken node does not make everything after it look unreachable.
 */
export function checkEdges(index: GraphIndex, invalidEdges: ReadonlySet<number>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  index.document.edges.forEach((edge, position) => {
    if (invalidEdges.has(position)) return;
    const from = index.byId.get(edge.from.node);
    const to = index.byId.get(edge.to.node);
    if (!from || !to) {
      const missing = [!from ? edge.from.node : undefined, !to ? edge.to.node : undefined].filter(
        (id) => id !== undefined,
      );
      const message = `Edge "${edge.id}" ${!from ? 'starts' : 'ends'} at a node that does not exist: ${missing.map((id) => `"${id}"`).join(' and ')}. Remove the edge or restore the node.`;
      diagnostics.push(
        createDiagnostic('edge-dangling', message, {
          edgeId: edge.id,
          field: !from ? 'from.node' : 'to.node',
        }),
      );
      return;
    }
    const fromPort = findPort(edge, from, 'from', diagnostics);
    const toPort = findPort(edge, to, 'to', diagnostics);
    if (fromPort === null || toPort === null) return;
    if (fromPort && toPort && fromPort.type !== toPort.type) {
      const message = `Edge "${edge.id}" joins ${typeWords[fromPort.type]} ("${fromPort.id}" of ${from.name}) to ${typeWords[toPort.type]} ("${toPort.id}" of ${to.name}); an edge must join ports of the same type.`;
      diagnostics.push(createDiagnostic('edge-type-mismatch', message, { edgeId: edge.id }));
      return;
    }
    const key = `${edge.from.node}\u0000${edge.from.port}\u0000${edge.to.node}\u0000${edge.to.port}`;
    if (seen.has(key)) {
      const message = `Edge "${edge.id}" repeats another edge from "${edge.from.port}" of ${from.name} to "${edge.to.port}" of ${to.name}; remove one.`;
      diagnostics.push(createDiagnostic('duplicate-edge', message, { edgeId: edge.id }));
      return;
    }
    seen.add(key);
    addEdge(index, { edge, from, to, type: fromPort?.type ?? toPort?.type });
  });
  return diagnostics;
}
