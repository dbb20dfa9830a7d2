import type { CharterConfig, ConfigRoute } from '../../generated/charter-config.ts';
import { planRoutes, type RoutePlan } from '../plan-routes.ts';
import type { GeneratedElectorate } from '../scenario/generate-electorate.ts';
import type { Coalition } from '../step/coalition.ts';
import { type capturePathLimit, capturePaths, type PathCapture } from './capture-paths.ts';

/** Capture of one decision of a route. */
export interface DecisionCapture {
  node: string;
  kind: string;
  electorate: string | null;
  /** Whether the kind is analysed (its simulation step says who can carry it); when not, both coalitions are null. */
  analysed: boolean;
  /** The coalition that passes the step when no one else votes. */
  unopposed: Coalition | null;
  /** The coalition that passes the step even if every other holder votes against (or objects, or vetoes). */
  opposed: Coalition | null;
}

/** Capture analysis of one route (proposal type): each decision on it, in route order. */
export interface RouteCapture {
  proposalType: string;
  decisions: DecisionCapture[];
  /** Each way through the route to an execute or signal node, with what it takes to carry it alone ({@link capturePaths}). */
  paths: PathCapture[];
  /**
   * When the route has more ways through than the analysis walks ({@link capturePathLimit}): the routing node
   * whose other branches were left out, how many ways were walked, and a sentence that says so.
   */
  leftOut?: { node: string; walked: number; message: string };
}

/**
 * Capture analysis: for each route and each decision on it, the smallest group of the largest holders of the
 * decision's electorate (all holders, delegated or not, since a holder can always delegate to itself) who can pass
 * that step alone, as the decision's kind computes it (its simulation step's `capture`: a majority vote, a
 * multisig, optimistic approval and a veto say; other kinds are not analysed, `analysed` false and both null).
 * Shares are of the electorate's supply. A coalition is null when no number of holders suffices.
 */
export function capture(
  config: CharterConfig,
  electorates: ReadonlyMap<string, GeneratedElectorate>,
  plans: readonly RoutePlan[] = planRoutes(config),
): RouteCapture[] {
  const bodies = new Map(config.bodies.map((body) => [body.id, body]));
  const empty: GeneratedElectorate = { holders: [], supply: 0n };
  return config.routes.map((route: ConfigRoute, index) => {
    const plan = plans[index]!;
    const decisions = route.steps.flatMap((step) => {
      const body = bodies.get(step.node);
      const planned = plan.steps.get(step.node)!;
      if (body === undefined || planned.role !== 'decision') return [];
      const electorate = (body.electorate === null ? undefined : electorates.get(body.electorate)) ?? empty;
      const found = planned.simulation.capture?.(body, electorate, planned.executesOn);
      return [
        {
          node: body.id,
          kind: body.kind,
          electorate: body.electorate,
          analysed: found !== undefined,
          ...(found ?? { unopposed: null, opposed: null }),
        },
      ];
    });
    const { paths, leftOut } = capturePaths(plan, decisions);
    if (leftOut === undefined) return { proposalType: route.proposalType, decisions, paths };
    const message = `"${route.proposalType}" proposals have more ways through than the ${leftOut.walked} the capture analysis walks: the other branches of ${leftOut.node} were left out, so the paths listed are only some of them.`;
    return { proposalType: route.proposalType, decisions, paths, leftOut: { ...leftOut, message } };
  });
}
