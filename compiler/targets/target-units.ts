import type { GraphView } from '../compile/graph-view.ts';
import { createDiagnostic } from '../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { say } from '../diagnostics/say.ts';
import { nodeLabelWords } from '../format/node-label-words.ts';
import type { Localized } from '../nodes/node-kind.ts';
import type { TargetName } from '../nodes/target-name.ts';
import { isRefusal, type TargetContext, type TargetPart } from '../nodes/target-support.ts';
import { analyzePaths, type ProposalFlow } from '../paths/analyze-paths.ts';

/**
 * One deployable unit of a target: everything on the paths from one proposal to one anchor (an outcome the target
 * runs, or for Gardens the pool a conviction node is), in one stage, every node of it enforced by the part it
 * becomes.
 */
export interface TargetUnit<T extends TargetName> {
  /** The outcome (or pool) the unit runs. */
  anchor: string;
  /** The proposal node its proposals enter at. */
  proposal: string;
  /**
   * The stage the unit is for, or null when no stage router is on its way. Every stage's units are emitted: a DAO
   * deploys the next stage's contracts before it moves on, and moving on is handing power to them.
   */
  stage: string | null;
  /** Whether the unit is what runs in the document's current stage. */
  current: boolean;
  /** Every node it enforces: the flow nodes on the paths to the anchor (topological), then their voters (id order). */
  nodes: readonly string[];
  /** What each of those nodes becomes in the target, by node id. */
  parts: ReadonlyMap<string, TargetPart<T>>;
}

/** A node a target refused, with why and what to do instead (the diagnostic carries the English). */
export interface TargetRefusalReport {
  nodeId: string;
  reason: Localized;
  instead: Localized;
}

/** What {@link targetUnits} gives. */
export interface TargetUnitsReturnType<T extends TargetName> {
  /** The units every node of which the target enforces, in the order the analysis lists flows and outcomes. */
  units: TargetUnit<T>[];
  /** One `target-unsupported` per refused node (each node once), naming it, with the reason and what to do. */
  problems: Diagnostic[];
  refusals: TargetRefusalReport[];
  /** How many anchors the target has in these rules (with or without a unit): 0 means nothing runs on it. */
  anchors: number;
}

/**
 * The one unit builder every target uses, over the one path analysis: a target's anchors are the outcomes that run
 * on it, and the steps whose kind declares that they anchor a unit there (a Gardens pool). For each anchor of each
 * flow, every node on a path to it and every voter feeding those is asked what the target makes of it (its kind's
 * `targets` declaration, in the context of the exits the paths leave it by and the ports it feeds). Any refusal
 * withholds the whole unit and is reported naming the node; a voter is not asked when every node it feeds was
 * refused already (its refusal would say nothing new). Units with the same nodes in the same stage are one.
 */
export function targetUnits<T extends TargetName>(view: GraphView, target: T): TargetUnitsReturnType<T> {
  const units: TargetUnit<T>[] = [];
  const problems: Diagnostic[] = [];
  const refusals: TargetRefusalReport[] = [];
  const reported = new Set<string>();
  const built = new Set<string>();
  const anchors = new Set<string>();
  for (const flow of analyzePaths(view).flows) {
    const found = anchorsOf(view, flow, target);
    if (found.length === 0) continue;
    const steps = new Map(flow.steps.map((step) => [step.node, step]));
    for (const { anchor, cone } of found) {
      anchors.add(anchor);
      const key = `${anchor}\u0000${flow.stage}\u0000${cone.join('\u0000')}`;
      if (built.has(key)) continue;
      built.add(key);
      const inCone = new Set(cone);
      const parts = new Map<string, TargetPart<T>>();
      const refused = new Set<string>();
      const ask = (id: string, context: TargetContext) => {
        const answer = view.bound(id).target(target, context);
        if (!isRefusal(answer)) {
          parts.set(id, answer);
          return;
        }
        refused.add(id);
        const message = say('target.refused', {
          node: nodeLabelWords(view.node(id)),
          reason: answer.reason,
          instead: answer.instead,
        });
        const key = `${id}\u0000${answer.reason.en} ${answer.instead.en}`;
        if (reported.has(key)) return;
        reported.add(key);
        problems.push(createDiagnostic('target-unsupported', message, { nodeId: id }));
        refusals.push({ nodeId: id, reason: answer.reason, instead: answer.instead });
      };
      for (const id of cone) {
        if (id === anchor) {
          ask(id, anchorContext);
          continue;
        }
        const exits = steps
          .get(id)!
          .exits.filter((exit) => exit.to.some((to) => inCone.has(to)))
          .map(({ port, role, amount }) => (amount ? { port, role, amount } : { port, role }));
        ask(id, { exits, feeds: [], anchor: false });
      }
      const voters = votersOf(view, cone);
      for (const [id, consumers] of voters) {
        if (consumers.every((consumer) => refused.has(consumer.node))) continue;
        ask(id, { exits: [], feeds: consumers.map((consumer) => consumer.port), anchor: false });
      }
      if (refused.size > 0) continue;
      units.push({
        anchor,
        proposal: flow.proposal,
        stage: flow.stage,
        current: flow.current,
        nodes: [...cone, ...voters.keys()],
        parts,
      });
    }
  }
  return { units, problems, refusals, anchors: anchors.size };
}

/** What a node is asked about when it is the anchor, or might be. */
const anchorContext: TargetContext = { exits: [], feeds: [], anchor: true };

/** The anchors of a flow on a target, each with the flow nodes on the paths to it, in topological order. */
function anchorsOf(
  view: GraphView,
  flow: ProposalFlow,
  target: TargetName,
): { anchor: string; cone: readonly string[] }[] {
  const found: { anchor: string; cone: readonly string[] }[] = [];
  for (const outcome of flow.outcomes)
    if (outcome.runsOn === target) found.push({ anchor: outcome.node, cone: outcome.nodes });
  for (const step of flow.steps) {
    const bound = view.bound(step.node);
    if (step.flow.role === 'outcome' || !bound.definition.anchorsOn?.includes(target)) continue;
    const answer = bound.target(target, anchorContext);
    if (isRefusal(answer) || !('anchor' in answer)) continue;
    const steps = new Map(flow.steps.map((candidate) => [candidate.node, candidate]));
    const on = new Set([step.node]);
    const back = [step.node];
    while (back.length > 0)
      for (const arrival of steps.get(back.pop()!)!.from)
        if (!on.has(arrival.node)) {
          on.add(arrival.node);
          back.push(arrival.node);
        }
    found.push({
      anchor: step.node,
      cone: flow.steps.filter((other) => on.has(other.node)).map((other) => other.node),
    });
  }
  return found;
}

/**
 * The electorates feeding the given flow nodes (following a weighting to what it reweighs), in id order, each with
 * the nodes and ports it feeds.
 */
function votersOf(view: GraphView, nodes: readonly string[]): Map<string, { node: string; port: string }[]> {
  const fed = new Map<string, { node: string; port: string }[]>();
  const stack = [...nodes];
  const seen = new Set<string>();
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const port of view.bound(id).ports) {
      if (port.type !== 'electorate' || port.direction !== 'in') continue;
      const feeder = view.feeder(id, port.id);
      if (feeder === null) continue;
      const list = fed.get(feeder) ?? [];
      list.push({ node: id, port: port.id });
      fed.set(feeder, list);
      stack.push(feeder);
    }
  }
  return new Map([...fed].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
