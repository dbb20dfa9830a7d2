import type { ConfigRoute, ConfigStep } from '../generated/charter-config.ts';
import type { ProposalParams, RouteByTypeParams } from '../generated/charter-document.ts';
import { getNodeKind } from '../nodes/catalogue.ts';
import { toBaseUnits } from '../units/to-base-units.ts';
import type { GraphView } from './graph-view.ts';
import { lowerParams } from './lower-params.ts';
import { tokenDecimals } from './token-decimals.ts';

/** The exits a proposal of `type` can take from a node: a route by type keeps only the branch the type takes. */
function exitsFor(view: GraphView, nodeId: string, type: string): string[] {
  const node = view.node(nodeId);
  const ports = getNodeKind(node.kind)!
    .ports(node.params as never)
    .filter((port) => port.direction === 'out' && port.type === 'flow')
    .map((port) => port.id);
  if (node.kind !== 'route-by-type') return ports;
  const params = node.params as RouteByTypeParams;
  return [params.routes.find((route) => route.types.includes(type))?.port ?? params.otherwise];
}

/**
 * For each proposal type, every step a proposal of that type can pass, breadth-first from its proposal node, with
 * where each exit leads. Flat rather than nested, so that joins (all-of) appear once and size stays linear.
 */
export function lowerRoutes(view: GraphView): ConfigRoute[] {
  const routes: ConfigRoute[] = [];
  for (const entry of view.document.nodes) {
    if (entry.kind !== 'proposal') continue;
    const params = entry.params as ProposalParams;
    for (const type of params.types) {
      const steps: ConfigStep[] = [];
      const seen = new Set<string>([entry.id]);
      const queue = [entry.id];
      for (let head = 0; head < queue.length; head++) {
        const id = queue[head]!;
        const node = view.node(id);
        const definition = getNodeKind(node.kind)!;
        const exits: Record<string, string[]> = {};
        for (const port of exitsFor(view, id, type)) {
          exits[port] = view.next(id, port);
          for (const next of exits[port]) {
            if (!seen.has(next)) {
              seen.add(next);
              queue.push(next);
            }
          }
        }
        const step: ConfigStep = { node: id, kind: node.kind, exits };
        const decides = definition.group === 'convex' || definition.group === 'concave';
        if (!decides && node.kind !== 'proposal') {
          step.rule = lowerParams(node.params, definition.params, { decimals: 0 }) as Record<string, unknown>;
        }
        steps.push(step);
      }
      routes.push({
        proposalType: type,
        entry: entry.id,
        proposers: view.feeder(entry.id, 'proposers'),
        minVotingPower: String(
          toBaseUnits(params.minVotingPower, tokenDecimals(view, entry.id, 'proposers')),
        ),
        steps,
      });
    }
  }
  return routes.sort((a, b) =>
    a.proposalType < b.proposalType ? -1 : a.proposalType > b.proposalType ? 1 : 0,
  );
}
