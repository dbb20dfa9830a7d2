import { failureRoles } from '../../nodes/node-kind.ts';
import type { SimulationExit } from '../../nodes/simulation-step.ts';
import type { RoutePlan } from '../plan-routes.ts';
import type { Coalition } from '../step/coalition.ts';
import type { DecisionCapture } from './capture.ts';

/** What one electorate's top holders must muster to carry a whole path. */
export interface PathNeed {
  electorate: string | null;
  /** The largest of the path's unopposed coalitions in this electorate (null if one of its steps cannot be passed). */
  unopposed: Coalition | null;
  opposed: Coalition | null;
}

/** One way through a route to an execute or signal node, and who can carry it alone. */
export interface PathCapture {
  proposalType: string;
  /** The branch taken at each routing node on the way, as `node:port`. */
  branches: string[];
  /** The decisions on the path, in the order first met. */
  decisions: string[];
  /** The outcome node reached. */
  end: string;
  /** Per electorate with an analysed decision on the path. */
  needs: PathNeed[];
}

function larger(a: Coalition | null, b: Coalition | null): Coalition | null {
  if (a === null || b === null) return null;
  return b.holders > a.holders ? b : a;
}

/**
 * Capture per path: every way a proposal of a route can reach an outcome that executes or signals, taking each
 * branch of a routing node (by amount, by type, by stage) as its own path, each decision's and join's passing exit
 * (passed, decided); an exit with several targets is followed to all of them on the same path. A node the simulator
 * cannot run ends the path there (it is no way through). On a path, the same top holders can vote in every decision
 * of their electorate, so the path needs, per electorate, the largest of its decisions' coalitions (from
 * {@link capture}); a proposal passes alone when each of those groups acts. Decisions not analysed are listed but
 * add no need. With an any-of join every branch into it is counted, so the need there is an upper bound.
 */
export function capturePaths(plan: RoutePlan, decisions: readonly DecisionCapture[]): PathCapture[] {
  const route = plan.route;
  const byNode = new Map(decisions.map((decision) => [decision.node, decision]));
  const paths: PathCapture[] = [];
  const passingExit = (exits: readonly SimulationExit[]) =>
    exits.find((exit) => exit.role !== undefined && !failureRoles.has(exit.role))?.id;
  const walk = (frontier: string[], seen: Set<string>, branches: string[], found: string[]): void => {
    const node = frontier.find((candidate) => !seen.has(candidate));
    if (node === undefined) return;
    const planned = plan.steps.get(node);
    const nextSeen = new Set(seen).add(node);
    const rest = frontier.filter((candidate) => candidate !== node);
    if (planned === undefined || planned.role === 'unhandled') return;
    const exits = planned.step.exits;
    if (planned.role === 'outcome') {
      if (planned.outcome !== 'rejected')
        paths.push({ proposalType: route.proposalType, branches, decisions: found, end: node, needs: [] });
      return;
    }
    if (planned.role === 'decision' || planned.role === 'join') {
      const port = passingExit(planned.simulation.exits);
      const next = port === undefined ? [] : (exits[port] ?? []);
      walk([...rest, ...next], nextSeen, branches, planned.role === 'decision' ? [...found, node] : found);
      return;
    }
    const ports = planned.ports;
    if (planned.role === 'route' && ports.length > 1)
      for (const port of ports)
        walk([...rest, ...exits[port]!], nextSeen, [...branches, `${node}:${port}`], found);
    else walk([...rest, ...ports.flatMap((port) => exits[port]!)], nextSeen, branches, found);
  };
  walk([route.entry], new Set(), [], []);
  for (const path of paths) {
    const needs = new Map<string | null, PathNeed>();
    for (const node of path.decisions) {
      const decision = byNode.get(node)!;
      if (!decision.analysed) continue;
      const need = needs.get(decision.electorate);
      needs.set(
        decision.electorate,
        need === undefined
          ? { electorate: decision.electorate, unopposed: decision.unopposed, opposed: decision.opposed }
          : {
              electorate: decision.electorate,
              unopposed: larger(need.unopposed, decision.unopposed),
              opposed: larger(need.opposed, decision.opposed),
            },
      );
    }
    path.needs = [...needs.values()];
  }
  return paths;
}
