import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { say } from '../../diagnostics/say.ts';
import type { CharterEdge } from '../../generated/charter-document.ts';
import type { PortDefinition } from '../../nodes/node-kind.ts';
import { addEdge, type GraphIndex, type IndexedNode } from './graph-index.ts';

const typeWords = {
  flow: { en: 'a proposal flow', ko: '제안 흐름' },
  electorate: { en: 'voters', ko: '투표자' },
} as const;

/** What an edge naming port `id` of `node` says when the node has no such port facing `direction`. */
function noSuchPort(edge: string, node: IndexedNode, id: string, direction: 'in' | 'out') {
  const ids = (node.ports ?? []).filter((port) => port.direction === direction).map((port) => `"${port.id}"`);
  const args = { edge, node: node.words, port: id };
  if (ids.length === 0)
    return say(direction === 'in' ? 'graph.edge-no-inputs' : 'graph.edge-no-outputs', args);
  const ports = ids.join(', ');
  return say(direction === 'in' ? 'graph.edge-no-such-input' : 'graph.edge-no-such-output', {
    ...args,
    ports,
  });
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
    ? say(direction === 'out' ? 'graph.edge-starts-at-input' : 'graph.edge-ends-at-output', {
        edge: edge.id,
        port: id,
        node: node.words,
      })
    : noSuchPort(edge.id, node, id, direction);
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
      const message = say(!from ? 'graph.edge-dangling-start' : 'graph.edge-dangling-end', {
        edge: edge.id,
        missing: {
          en: missing.map((id) => `"${id}"`).join(' and '),
          ko: missing.map((id) => `"${id}"`).join(', '),
        },
      });
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
      const message = say('graph.edge-type-mismatch', {
        edge: edge.id,
        fromType: typeWords[fromPort.type],
        fromPort: fromPort.id,
        from: from.words,
        toType: typeWords[toPort.type],
        toPort: toPort.id,
        to: to.words,
      });
      diagnostics.push(createDiagnostic('edge-type-mismatch', message, { edgeId: edge.id }));
      return;
    }
    const key = `${edge.from.node}\u0000${edge.from.port}\u0000${edge.to.node}\u0000${edge.to.port}`;
    if (seen.has(key)) {
      const message = say('graph.duplicate-edge', {
        edge: edge.id,
        fromPort: edge.from.port,
        from: from.words,
        toPort: edge.to.port,
        to: to.words,
      });
      diagnostics.push(createDiagnostic('duplicate-edge', message, { edgeId: edge.id }));
      return;
    }
    seen.add(key);
    addEdge(index, { edge, from, to, type: fromPort?.type ?? toPort?.type });
  });
  return diagnostics;
}
