import type { ConfigRoute, ConfigStep } from '../generated/charter-config.ts';
import { analyzePaths } from '../paths/analyze-paths.ts';
import type { GraphView } from './graph-view.ts';
import { lowerRule } from './lower-rule.ts';

/**
 * For each proposal type, every step a proposal of that type can pass (in any stage), from the path analysis, in
 * topological order with where each exit leads: a route by type keeps only the branch of the type, a stage router
 * every stage's branch. Flat rather than nested, so that joins (all-of) appear once and size stays linear.
 */
export function lowerRoutes(view: GraphView): ConfigRoute[] {
  const routes = new Map<string, { entry: string; type: string; steps: Map<string, ConfigStep> }>();
  for (const flow of analyzePaths(view).flows) {
    const key = `${flow.proposal}\u0000${flow.type}`;
    let route = routes.get(key);
    if (!route) {
      route = { entry: flow.proposal, type: flow.type, steps: new Map() };
      routes.set(key, route);
    }
    for (const step of flow.steps) {
      let lowered = route.steps.get(step.node);
      if (!lowered) {
        const node = view.node(step.node);
        lowered = { node: step.node, kind: node.kind, exits: {} };
        if (step.flow.role !== 'entry' && step.flow.role !== 'decision') lowered.rule = lowerRule(view, node);
        route.steps.set(step.node, lowered);
      }
      for (const exit of step.exits) lowered.exits[exit.port] = [...exit.to];
    }
  }
  return [...routes.values()]
    .map(({ entry, type, steps }) => ({
      proposalType: type,
      entry,
      proposers: view.feeder(entry, 'proposers'),
      minVotingPower: String(lowerRule(view, view.node(entry)).minVotingPower ?? '0'),
      steps: [...steps.values()],
    }))
    .sort((a, b) => (a.proposalType < b.proposalType ? -1 : a.proposalType > b.proposalType ? 1 : 0));
}
