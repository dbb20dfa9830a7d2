import type { GraphView } from '../../compile/graph-view.ts';
import type { ProposalParams, RouteByTypeParams } from '../../generated/charter-document.ts';
import { getNodeKind } from '../../nodes/catalogue.ts';

/** A step of a proposal's walk through the graph: the node, and the nodes passed before it on this path. */
export interface PathStep {
  type: string;
  node: string;
  before: ReadonlySet<string>;
}

/**
 * Walks every path a proposal of each type can take, calling `visit` at each step with the nodes already passed.
 * A route by type follows only the branch of the type. Paths are walked depth-first and stop at a node already on
 * the path (validated documents have no cycles, but this keeps the walk finite regardless).
 */
export function walkProposalPaths(view: GraphView, visit: (step: PathStep) => void): void {
  for (const entry of view.document.nodes) {
    if (entry.kind !== 'proposal') continue;
    for (const type of (entry.params as ProposalParams).types) {
      const stack: { node: string; before: Set<string> }[] = [{ node: entry.id, before: new Set() }];
      while (stack.length > 0) {
        const { node: id, before } = stack.pop()!;
        visit({ type, node: id, before });
        const node = view.node(id);
        const ports =
          node.kind === 'route-by-type'
            ? [
                (node.params as RouteByTypeParams).routes.find((route) => route.types.includes(type))?.port ??
                  (node.params as RouteByTypeParams).otherwise,
              ]
            : getNodeKind(node.kind)!
                .ports(node.params as never)
                .filter((port) => port.direction === 'out' && port.type === 'flow')
                .map((port) => port.id);
        const passed = new Set(before).add(id);
        for (const port of ports)
          for (const next of view.next(id, port))
            if (!passed.has(next)) stack.push({ node: next, before: passed });
      }
    }
  }
}
