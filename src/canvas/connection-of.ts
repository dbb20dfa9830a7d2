import type { Edge, Connection as FlowConnection } from '@xyflow/react';
import type { Connection } from '../edits/connect.ts';

/** React Flow's connection as the document's: from an out port to an in port. */
export function connectionOf(connection: FlowConnection | Edge): Connection {
  return {
    from: { node: connection.source, port: connection.sourceHandle ?? '' },
    to: { node: connection.target, port: connection.targetHandle ?? '' },
  };
}
