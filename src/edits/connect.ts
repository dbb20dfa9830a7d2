import {
  type CharterDocument,
  type CharterNode,
  defaultParams,
  type Language,
  type PortDefinition,
} from '../../compiler/index.ts';
import { addBranch, addBranchPort } from './branch-lists.ts';
import { nodePorts } from './node-ports.ts';
import { uniqueId } from './unique-id.ts';

/** One end-to-end connection as the canvas proposes it: from an out port to an in port. */
export interface Connection {
  from: { node: string; port: string };
  to: { node: string; port: string };
}

/** Why the canvas refuses a connection, with what the message needs; the app words it in the user's language. */
export type ConnectionProblem =
  | { code: 'same-node' }
  | { code: 'unknown-port' }
  | { code: 'wrong-direction' }
  | { code: 'type-mismatch'; fromType: PortDefinition['type']; toType: PortDefinition['type'] }
  | { code: 'port-full'; port: PortDefinition; max: number; end: 'from' | 'to' }
  | { code: 'duplicate' };

/** The ports of a node as stored, with its kind's defaults under its own params (routing ports depend on them). */
export function portsOfStoredNode(node: CharterNode): readonly PortDefinition[] {
  return nodePorts({
    kind: node.kind,
    params: { ...defaultParams(node.kind), ...node.params },
  } as CharterNode);
}

/**
 * Why this connection may not be drawn, or undefined when it may: ports must exist, flow must go out to in, the
 * port types must match (a proposal flow never goes into a Voters input), a port's limit holds, and no edge is
 * drawn twice.
 */
export function connectionProblem(
  document: CharterDocument,
  connection: Connection,
): ConnectionProblem | undefined {
  if (connection.from.node === connection.to.node) return { code: 'same-node' };
  const fromNode = document.nodes.find((node) => node.id === connection.from.node);
  const toNode = document.nodes.find((node) => node.id === connection.to.node);
  if (!fromNode || !toNode) return { code: 'unknown-port' };
  const fromPort = portsOfStoredNode(fromNode).find((port) => port.id === connection.from.port);
  const toPort = portsOfStoredNode(toNode).find((port) => port.id === connection.to.port);
  if (!fromPort || !toPort) return { code: 'unknown-port' };
  if (fromPort.direction !== 'out' || toPort.direction !== 'in') return { code: 'wrong-direction' };
  if (fromPort.type !== toPort.type)
    return { code: 'type-mismatch', fromType: fromPort.type, toType: toPort.type };
  const same = (a: { node: string; port: string }, b: { node: string; port: string }) =>
    a.node === b.node && a.port === b.port;
  if (document.edges.some((edge) => same(edge.from, connection.from) && same(edge.to, connection.to)))
    return { code: 'duplicate' };
  for (const [end, port] of [
    ['from', fromPort],
    ['to', toPort],
  ] as const) {
    if (port.max === undefined) continue;
    const used = document.edges.filter((edge) => same(edge[end], connection[end])).length;
    if (used >= port.max) return { code: 'port-full', port, max: port.max, end };
  }
  return undefined;
}

/**
 * Adds the edge when {@link connectionProblem} allows it; otherwise returns the document unchanged. A connection
 * from a branching node's "Add a branch" output first adds the branch (named in `language`), then leaves from it: one
 * change, one undo step.
 */
export function connect(
  document: CharterDocument,
  connection: Connection,
  language: Language = 'en',
): CharterDocument {
  if (connectionProblem(document, connection)) return document;
  if (connection.from.port === addBranchPort) {
    const added = addBranch(document, connection.from.node, language);
    if (added.port === undefined) return document;
    return connect(added.document, { ...connection, from: { node: connection.from.node, port: added.port } });
  }
  const id = uniqueId(
    `${connection.from.node}.${connection.from.port}-${connection.to.node}`,
    new Set(document.edges.map((edge) => edge.id)),
  );
  return {
    ...document,
    edges: [...document.edges, { id, from: { ...connection.from }, to: { ...connection.to } }],
  };
}
