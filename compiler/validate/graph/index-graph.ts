import type { ElectorateGraph } from '../../compile/electorate-at.ts';
import type { GraphIndex } from './graph-index.ts';

/** The validator's index read as an {@link ElectorateGraph}: only nodes whose params passed the schema are bound. */
export function indexGraph(index: GraphIndex): ElectorateGraph {
  return {
    feeder: (nodeId, port) => index.byId.get(nodeId)?.edges.in.get(port)?.[0]?.from.node.id ?? null,
    bound: (nodeId) => index.byId.get(nodeId)?.bound,
  };
}
