import type { CharterConfig, ConfigRoute, ConfigStep } from '../generated/charter-config.ts';
import { getNodeKind } from '../nodes/catalogue.ts';
import { failureRoles } from '../nodes/node-kind.ts';
import type { SimulationStep } from '../nodes/simulation-step.ts';
import { type TargetName, targetNames } from '../nodes/target-name.ts';

/** A flow edge of a route: the step it leaves, by which exit. */
export interface RouteEdge {
  from: string;
  port: string;
}

type StepOf<R extends SimulationStep['role']> = Extract<SimulationStep, { role: R }>;

/** What a step's kind lets the simulator do with it: its flow role, with its simulation step; or why it cannot. */
export type StepRole =
  | { role: 'entry' }
  | { role: 'outcome'; outcome: 'executed' | 'signalled' | 'rejected'; runsOn: TargetName | null }
  | { role: 'join'; needs: 'all' | 'any'; simulation: StepOf<'join'> }
  | { role: 'decision'; simulation: StepOf<'decision'> }
  | { role: 'route'; simulation: StepOf<'route'> }
  | { role: 'delay'; simulation: StepOf<'delay'> }
  | { role: 'unhandled'; reason: string };

/** One step of a route, with what its kind says it does. */
export type PlannedStep = StepRole & {
  step: ConfigStep;
  /**
   * The step's exits in code-point order: the config is canonical JSON, whose key order is not the port order, so
   * the simulation never depends on the order of keys in `exits`.
   */
  ports: readonly string[];
  /** The edges of this route that lead here. */
  inputs: readonly RouteEdge[];
  /** For a join: the nodes that lead into it on another route of the config but are not on this one. */
  unreachableInputs: readonly string[];
  /**
   * For a decision: the targets of the outcomes that execute which the decision leads to by its passing exits (in
   * target order). The decision is deployed on those targets, so it is counted as they count (Aragon rounds its
   * quorum up, OpenZeppelin down).
   */
  executesOn: readonly TargetName[];
};

/** A route ready to simulate. */
export interface RoutePlan {
  route: ConfigRoute;
  steps: ReadonlyMap<string, PlannedStep>;
  /** The route's joins, each after every join that leads to it. */
  joins: readonly string[];
}

/** The flow role of a step's kind and the simulation step that role needs, found through the kind's definition. */
function stepRole(step: ConfigStep): StepRole {
  const definition = getNodeKind(step.kind);
  if (definition === undefined)
    return { role: 'unhandled', reason: `"${step.kind}" is not a kind Charter knows` };
  const flow = definition.flow;
  const simulation = definition.simulation;
  if (flow.role === 'entry') return { role: 'entry' };
  if (flow.role === 'outcome')
    return { role: 'outcome', outcome: flow.outcome, runsOn: flow.runsOn((step.rule ?? {}) as never) };
  if (flow.role === 'join' && simulation?.role === 'join')
    return { role: 'join', needs: flow.needs, simulation };
  if (flow.role === 'decision' && simulation?.role === 'decision') return { role: 'decision', simulation };
  if (flow.role === 'route' && simulation?.role === 'route') return { role: 'route', simulation };
  if (flow.role === 'delay' && simulation?.role === 'delay') return { role: 'delay', simulation };
  return {
    role: 'unhandled',
    reason: `the simulator has no ${flow.role} step for a ${definition.title.en} node`,
  };
}

/**
 * Plans every route of a config once (in config order): each step's role, the edges into it, and for each join the nodes that lead
 * into it on other routes only (a branch of another proposal type: it can never arrive on this route). Linear in the
 * size of a route without joins (each join adds a walk back over the steps that lead to it).
 */
export function planRoutes(config: CharterConfig): RoutePlan[] {
  const feeders = new Map<string, Set<string>>();
  for (const route of config.routes)
    for (const step of route.steps)
      for (const targets of Object.values(step.exits))
        for (const target of targets) {
          const set = feeders.get(target);
          if (set) set.add(step.node);
          else feeders.set(target, new Set([step.node]));
        }
  return config.routes.map((route) => planRoute(route, feeders));
}

function planRoute(route: ConfigRoute, feeders: ReadonlyMap<string, ReadonlySet<string>>): RoutePlan {
  const onRoute = new Set(route.steps.map((step) => step.node));
  const inputs = new Map<string, RouteEdge[]>();
  for (const step of route.steps)
    for (const [port, targets] of Object.entries(step.exits).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      for (const target of targets) {
        const list = inputs.get(target);
        if (list) list.push({ from: step.node, port });
        else inputs.set(target, [{ from: step.node, port }]);
      }
  const roles = new Map(route.steps.map((step) => [step.node, stepRole(step)]));
  const joins = route.steps.filter((step) => roles.get(step.node)!.role === 'join').map((step) => step.node);
  // Joins in an order where a join follows every join that leads to it: the order of a topological sort of the
  // route (one pass; listing for each join the joins it leads to took time and memory joins × steps).
  const { order: backwards } = reverseTopological(route);
  const position = new Map(backwards.map((step, index) => [step.node, backwards.length - index]));
  const order = [...joins].sort((a, b) => position.get(a)! - position.get(b)!);
  const ahead = targetsAhead(route, roles);
  const steps = new Map<string, PlannedStep>();
  for (const step of route.steps) {
    const role = roles.get(step.node)!;
    steps.set(step.node, {
      ...role,
      step,
      ports: Object.keys(step.exits).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
      inputs: inputs.get(step.node) ?? [],
      unreachableInputs:
        role.role === 'join'
          ? [...(feeders.get(step.node) ?? [])].filter((node) => !onRoute.has(node)).sort()
          : [],
      executesOn: role.role === 'decision' ? executesOn(step, role.simulation, ahead) : [],
    });
  }
  return { route, steps, joins: order };
}

/**
 * For each step of a route, the targets of the executing outcomes it leads to through any steps after it, by any
 * exit. One pass over the steps in reverse topological order (each step's set is the union of the sets of the steps
 * it leads to), so a route of 20,000 steps is planned in linear time. Steps on a cycle (never in a valid config)
 * come last, and the pass is repeated until nothing changes, so they too get what their cycle leads to.
 */
function targetsAhead(
  route: ConfigRoute,
  roles: ReadonlyMap<string, StepRole>,
): Map<string, Set<TargetName>> {
  const ahead = new Map<string, Set<TargetName>>(route.steps.map((step) => [step.node, new Set()]));
  for (const step of route.steps) {
    const role = roles.get(step.node);
    if (role?.role === 'outcome' && role.outcome === 'executed' && role.runsOn !== null)
      ahead.get(step.node)!.add(role.runsOn);
  }
  const { order, acyclic } = reverseTopological(route);
  for (let changed = true; changed; ) {
    changed = false;
    for (const step of order) {
      const set = ahead.get(step.node)!;
      const before = set.size;
      for (const targets of Object.values(step.exits))
        for (const target of targets) for (const name of ahead.get(target) ?? []) set.add(name);
      if (set.size !== before && !acyclic) changed = true;
    }
  }
  return ahead;
}

/** The steps of a route, each after every step it leads to (Kahn's algorithm); steps on a cycle last. */
function reverseTopological(route: ConfigRoute): { order: ConfigStep[]; acyclic: boolean } {
  const byNode = new Map(route.steps.map((step) => [step.node, step]));
  const outdegree = new Map<string, number>();
  const before = new Map<string, string[]>();
  for (const step of route.steps) {
    let count = 0;
    for (const targets of Object.values(step.exits))
      for (const target of targets) {
        if (!byNode.has(target)) continue;
        count++;
        const list = before.get(target);
        if (list) list.push(step.node);
        else before.set(target, [step.node]);
      }
    outdegree.set(step.node, count);
  }
  const ready = route.steps.filter((step) => outdegree.get(step.node) === 0).map((step) => step.node);
  const order: ConfigStep[] = [];
  while (ready.length > 0) {
    const node = ready.pop()!;
    order.push(byNode.get(node)!);
    for (const from of before.get(node) ?? []) {
      const left = outdegree.get(from)! - 1;
      outdegree.set(from, left);
      if (left === 0) ready.push(from);
    }
  }
  const acyclic = order.length === route.steps.length;
  if (!acyclic) {
    const placed = new Set(order);
    order.push(...route.steps.filter((step) => !placed.has(step)));
  }
  return { order, acyclic };
}

/** The targets of the executing outcomes a decision leads to by its passing exits, through any steps after it. */
function executesOn(
  decision: ConfigStep,
  simulation: StepOf<'decision'>,
  ahead: ReadonlyMap<string, ReadonlySet<TargetName>>,
): TargetName[] {
  const passing = new Set(
    simulation.exits
      .filter((exit) => exit.role === undefined || !failureRoles.has(exit.role))
      .map((exit) => exit.id),
  );
  const targets = new Set<TargetName>();
  for (const [port, next] of Object.entries(decision.exits))
    if (passing.has(port))
      for (const node of next) for (const name of ahead.get(node) ?? []) targets.add(name);
  return targetNames.filter((name) => targets.has(name));
}
