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

/** Most ways through one route that the capture analysis walks; past it, {@link capturePaths} says where it stopped. */
export const capturePathLimit = 256;

/** What {@link capturePaths} gives: the paths, and where the walk stopped when a route had too many ways through. */
export interface CapturePathsReturnType {
  paths: PathCapture[];
  /**
   * Set when the route has more ways through than {@link capturePathLimit}: the routing node whose other branches
   * were left out, and how many ways were walked. The paths listed are then only some of them.
   */
  leftOut?: { node: string; walked: number };
}

/** One walk in progress: the steps still to visit (first in, first out from `head`), and what the path met so far. */
interface Walk {
  frontier: string[];
  head: number;
  seen: Set<string>;
  branches: string[];
  found: string[];
}

/**
 * Capture per path: every way a proposal of a route can reach an outcome that executes or signals, taking each
 * branch of a routing node (by amount, by type, by stage) as its own path, each decision's and join's passing exit
 * (passed, decided); an exit with several targets is followed to all of them on the same path. A node the simulator
 * cannot run ends the path there (it is no way through). On a path, the same top holders can vote in every decision
 * of their electorate, so the path needs, per electorate, the largest of its decisions' coalitions (from
 * {@link capture}); a proposal passes alone when each of those groups acts. Decisions not analysed are listed but
 * add no need. With an any-of join every branch into it is counted, so the need there is an upper bound.
 *
 * The ways through multiply with each routing node on the way (twenty routers in a row make a million), so at most
 * `limit` are walked, and `leftOut` then names the routing node where the walk stopped. Each walk goes step by step
 * with a queue of its own (no recursion: a route can be 20,000 steps deep), copying its state only where a router
 * branches.
 */
export function capturePaths(
  plan: RoutePlan,
  decisions: readonly DecisionCapture[],
  limit = capturePathLimit,
): CapturePathsReturnType {
  const route = plan.route;
  const byNode = new Map(decisions.map((decision) => [decision.node, decision]));
  const paths: PathCapture[] = [];
  let leftOut: CapturePathsReturnType['leftOut'];
  const passingExit = (exits: readonly SimulationExit[]) =>
    exits.find((exit) => exit.role !== undefined && !failureRoles.has(exit.role))?.id;
  // Walks still to take, the next on top; each ends at an outcome, a node it cannot run, or with nothing left.
  const pending: Walk[] = [{ frontier: [route.entry], head: 0, seen: new Set(), branches: [], found: [] }];
  let walked = 0;
  while (pending.length > 0) {
    const walk = pending.pop()!;
    walked++;
    for (;;) {
      while (walk.head < walk.frontier.length && walk.seen.has(walk.frontier[walk.head]!)) walk.head++;
      if (walk.head === walk.frontier.length) break;
      const node = walk.frontier[walk.head++]!;
      walk.seen.add(node);
      const planned = plan.steps.get(node);
      if (planned === undefined || planned.role === 'unhandled') break;
      const exits = planned.step.exits;
      if (planned.role === 'outcome') {
        if (planned.outcome !== 'rejected')
          paths.push({
            proposalType: route.proposalType,
            branches: walk.branches,
            decisions: walk.found,
            end: node,
            needs: [],
          });
        break;
      }
      if (planned.role === 'decision' || planned.role === 'join') {
        const port = passingExit(planned.simulation.exits);
        if (port !== undefined) walk.frontier.push(...(exits[port] ?? []));
        if (planned.role === 'decision') walk.found.push(node);
        continue;
      }
      const ports = planned.ports;
      if (planned.role === 'route' && ports.length > 1) {
        const room = limit - walked - pending.length;
        if (room < ports.length - 1) leftOut ??= { node, walked: 0 };
        const taken = ports.slice(0, Math.max(1, Math.min(ports.length, room + 1)));
        // The other branches wait on the stack in reverse, so the first port's paths come first, as listed.
        for (const port of taken.slice(1).reverse())
          pending.push({
            frontier: [...walk.frontier.slice(walk.head), ...exits[port]!],
            head: 0,
            seen: new Set(walk.seen),
            branches: [...walk.branches, `${node}:${port}`],
            found: [...walk.found],
          });
        walk.frontier.push(...exits[taken[0]!]!);
        walk.branches.push(`${node}:${taken[0]!}`);
        continue;
      }
      for (const port of ports) walk.frontier.push(...exits[port]!);
    }
  }
  if (leftOut) leftOut.walked = walked;
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
  return leftOut === undefined ? { paths } : { paths, leftOut };
}
