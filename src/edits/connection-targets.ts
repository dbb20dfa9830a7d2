import type { CharterDocument, PortDefinition } from '../../compiler/index.ts';
import { type Connection, connectionProblem, portsOfStoredNode } from './connect.ts';

/** A port the canvas could connect a given port to, with the connection that would be drawn. */
export interface ConnectionTarget {
  node: string;
  port: PortDefinition;
  connection: Connection;
}

/**
 * Every port of another node that this port may be connected to now ({@link connectionProblem} allows it), in
 * document order: in ports for an out port, out ports for an in port.
 */
export function connectionTargets(
  document: CharterDocument,
  from: { node: string; port: string },
): ConnectionTarget[] {
  const node = document.nodes.find((candidate) => candidate.id === from.node);
  const own = node ? portsOfStoredNode(node).find((port) => port.id === from.port) : undefined;
  if (!own) return [];
  const targets: ConnectionTarget[] = [];
  for (const other of document.nodes) {
    if (other.id === from.node) continue;
    for (const port of portsOfStoredNode(other)) {
      if (port.direction === own.direction) continue;
      const here = { node: from.node, port: from.port };
      const there = { node: other.id, port: port.id };
      const connection = own.direction === 'out' ? { from: here, to: there } : { from: there, to: here };
      if (connectionProblem(document, connection) === undefined)
        targets.push({ node: other.id, port, connection });
    }
  }
  return targets;
}
