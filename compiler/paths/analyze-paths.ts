import type { GraphView } from '../compile/graph-view.ts';
import type { BoundFlow } from '../nodes/bind-node.ts';
import type { ExitRole, RouteExit } from '../nodes/node-kind.ts';
import type { TargetName } from '../nodes/target-name.ts';

/** One exit a proposal can take from a step, with the steps it leads to (in id order). */
export interface FlowExit {
  port: string;
  role: ExitRole;
  to: readonly string[];
  /** For a band of a route by amount: the amounts that take this exit. */
  amount?: RouteExit['amount'];
}

/** A node a proposal can reach, and the exits it can leave by. */
export interface FlowStep {
  node: string;
  flow: BoundFlow;
  exits: readonly FlowExit[];
  /** The steps whose exits lead here in this flow, in id order, with the exit they leave by. */
  from: readonly { node: string; port: string; role: ExitRole }[];
  /**
   * For a join: the nodes that lead into it in the graph but that this proposal never reaches (another proposal
   * type's branch, another stage's). An all-of join with any such input can never pass for this flow.
   */
  unreachableInputs?: readonly string[];
}

/** An outcome a proposal can reach, with every node on any path from the proposal to it. */
export interface FlowOutcome {
  node: string;
  outcome: 'executed' | 'signalled' | 'rejected';
  runsOn: TargetName | null;
  /**
   * The flow nodes on some path from the proposal to this outcome (for an all-of join, every branch leading into
   * it), in topological order: the proposal first, the outcome last.
   */
  nodes: readonly string[];
  /** The electorate nodes feeding those (voters, proposers, and the electorates a weighting reweighs), in id order. */
  voters: readonly string[];
}

/** Everything a proposal of one type can do in one stage, entering at one proposal node. */
export interface ProposalFlow {
  proposal: string;
  type: string;
  /** The stage this flow is for, or null when no stage router is on its way (then it holds in every stage). */
  stage: string | null;
  /** Whether this flow is what runs today: its stage is the document's current stage, or it has no stage. */
  current: boolean;
  /** The steps the proposal can reach, in topological order, the proposal first. */
  steps: readonly FlowStep[];
  /** The outcomes it can reach, in topological order. */
  outcomes: readonly FlowOutcome[];
}

/** What {@link analyzePaths} gives. */
export interface PathAnalysis {
  /** By proposal node, then type (in the order the proposal lists types), then stage (in the order stages list). */
  flows: readonly ProposalFlow[];
  /** Every stage id a stage router distinguishes, in the order they first appear (nodes in id order). */
  stages: readonly string[];
}

const memo = new WeakMap<GraphView, PathAnalysis>();

/**
 * The one path analysis: for each proposal node, each proposal type it takes and each stage of decentralization,
 * every step the proposal can reach, the exits it can take there (routing by type and stage resolved; by amount,
 * every band, with its amounts), and for each outcome every node on any path to it. Explain, lint, the simulator's
 * routes and every target read this. Linear in the size of the graph per flow (no path is enumerated: see
 * {@link pathsTo}); memoized per view. Expects a valid, defaulted document.
 */
export function analyzePaths(view: GraphView): PathAnalysis {
  const cached = memo.get(view);
  if (cached) return cached;
  const stages: string[] = [];
  const stagesOf = (id: string) => {
    const flow = view.bound(id).flow;
    return flow.role === 'route' ? flow.stages : [];
  };
  const stageRouters = view.document.nodes.filter((node) => stagesOf(node.id).length > 0);
  for (const router of stageRouters.sort((a, b) => compare(a.id, b.id)))
    for (const stage of stagesOf(router.id)) if (!stages.includes(stage)) stages.push(stage);
  const flows: ProposalFlow[] = [];
  // Entries in id order, not the document's: two proposal nodes listed the other way round are the same rules, and
  // every layer that reads the flows (targets' problems, explain's paragraphs) must say them in the same order.
  const entries = [...view.document.nodes].sort((a, b) => compare(a.id, b.id));
  for (const entry of entries) {
    const flow = view.bound(entry.id).flow;
    if (flow.role !== 'entry') continue;
    for (const type of flow.types) {
      const first = flowFor(view, entry.id, type, stages[0] ?? null);
      if (!first.staged) {
        flows.push({ ...first.flow, stage: null, current: true });
        continue;
      }
      flows.push(first.flow);
      for (const stage of stages.slice(1)) flows.push(flowFor(view, entry.id, type, stage).flow);
    }
  }
  const analysis: PathAnalysis = { flows, stages };
  memo.set(view, analysis);
  return analysis;
}

function flowFor(
  view: GraphView,
  entry: string,
  type: string,
  stage: string | null,
): { flow: ProposalFlow; staged: boolean } {
  let staged = false;
  const steps = new Map<string, { exits: FlowExit[]; flow: BoundFlow }>();
  const from = new Map<string, { node: string; port: string; role: ExitRole }[]>();
  const queue = [entry];
  steps.set(entry, { exits: [], flow: view.bound(entry).flow });
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head]!;
    const bound = view.bound(id);
    const step = steps.get(id)!;
    let taken: { port: string; amount?: RouteExit['amount'] }[] = bound.exits.map((port) => ({
      port: port.id,
    }));
    if (bound.flow.role === 'route') {
      if (bound.flow.stages.length > 0) staged = true;
      taken = [...bound.flow.exits({ type, stage })];
    }
    for (const exit of taken) {
      const port = bound.exits.find((candidate) => candidate.id === exit.port);
      const to = view.next(id, exit.port);
      step.exits.push({
        port: exit.port,
        role: port?.role ?? 'next',
        to,
        ...(exit.amount ? { amount: exit.amount } : {}),
      });
      for (const next of to) {
        const list = from.get(next);
        const arrival = { node: id, port: exit.port, role: port?.role ?? 'next' };
        if (list) list.push(arrival);
        else from.set(next, [arrival]);
        if (!steps.has(next)) {
          steps.set(next, { exits: [], flow: view.bound(next).flow });
          queue.push(next);
        }
      }
    }
  }
  const order = topologicalOrder(entry, steps);
  const position = new Map(order.map((id, index) => [id, index]));
  const flowSteps: FlowStep[] = order.map((id) => {
    const { exits, flow } = steps.get(id)!;
    const arrivals = (from.get(id) ?? []).sort((a, b) => compare(a.node, b.node) || compare(a.port, b.port));
    const step: FlowStep = { node: id, flow, exits, from: arrivals };
    if (flow.role === 'join') {
      const missing = view.previous(id).filter((before) => !steps.has(before));
      if (missing.length > 0) step.unreachableInputs = missing;
    }
    return step;
  });
  const byId = new Map(flowSteps.map((step) => [step.node, step]));
  const outcomes: FlowOutcome[] = [];
  for (const step of flowSteps) {
    if (step.flow.role !== 'outcome') continue;
    const on = new Set([step.node]);
    const back = [step.node];
    while (back.length > 0) {
      for (const arrival of byId.get(back.pop()!)!.from) {
        if (on.has(arrival.node)) continue;
        on.add(arrival.node);
        back.push(arrival.node);
      }
    }
    const cone = [...on].sort((a, b) => position.get(a)! - position.get(b)!);
    outcomes.push({
      node: step.node,
      outcome: step.flow.outcome,
      runsOn: step.flow.runsOn,
      nodes: cone,
      voters: votersOf(view, cone),
    });
  }
  return {
    flow: {
      proposal: entry,
      type,
      stage,
      current: stage === null || stage === (view.document.currentStage ?? null),
      steps: flowSteps,
      outcomes,
    },
    staged,
  };
}

/** Kahn's algorithm over the reached steps, ties in id order; steps on a cycle (never in a valid document) last. */
function topologicalOrder(entry: string, steps: Map<string, { exits: FlowExit[] }>): string[] {
  const indegree = new Map<string, number>([...steps.keys()].map((id) => [id, 0]));
  for (const { exits } of steps.values())
    for (const exit of exits) for (const to of exit.to) indegree.set(to, indegree.get(to)! + 1);
  const ready = [entry].filter((id) => indegree.get(id) === 0);
  const order: string[] = [];
  while (ready.length > 0) {
    ready.sort((a, b) => compare(b, a));
    const id = ready.pop()!;
    order.push(id);
    for (const exit of steps.get(id)!.exits)
      for (const to of exit.to) {
        const left = indegree.get(to)! - 1;
        indegree.set(to, left);
        if (left === 0) ready.push(to);
      }
  }
  if (order.length < steps.size) {
    const placed = new Set(order);
    order.push(...[...steps.keys()].filter((id) => !placed.has(id)).sort(compare));
  }
  return order;
}

/** The electorate nodes feeding any port of the given nodes, following weightings to what they reweigh. */
function votersOf(view: GraphView, nodes: readonly string[]): string[] {
  const found = new Set<string>();
  const stack: string[] = [];
  for (const id of nodes)
    for (const port of view.bound(id).ports)
      if (port.type === 'electorate' && port.direction === 'in') {
        const feeder = view.feeder(id, port.id);
        if (feeder !== null) stack.push(feeder);
      }
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (found.has(id)) continue;
    found.add(id);
    for (const port of view.bound(id).ports)
      if (port.type === 'electorate' && port.direction === 'in') {
        const feeder = view.feeder(id, port.id);
        if (feeder !== null) stack.push(feeder);
      }
  }
  return [...found].sort(compare);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
