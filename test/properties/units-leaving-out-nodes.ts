import type { CharterConfig } from '../../compiler/generated/charter-config.ts';
import { targetNames } from '../../compiler/nodes/target-name.ts';
import type { FlowOutcome, PathAnalysis, ProposalFlow } from '../../compiler/paths/analyze-paths.ts';

/**
 * The deployable units of each target that leave out a node on the path they enforce, in words (empty when none
 * does). A unit is an object in an array of the target's `parameters` (a governor, a plugin, a Safe, a space, a pool)
 * and must list the nodes it enforces in `nodes`; a unit without `nodes` is reported, never skipped.
 *
 * What a unit must hold is worked out here from the path analysis, independently of the targets: a unit enforces the
 * paths to an outcome it lists (one run on its target when it lists one) that go through a decision it lists. Every
 * node on those paths must be in `nodes`: what leads to the decision (routers, stages, earlier decisions and joins),
 * what lies between it and the outcome (vetoes, timelocks, joins) and, for an all-of join on the way, every branch
 * into it. The other branches of an any-of are not the unit's path: a body that may act alone may be deployed alone.
 * A flow to the same outcome through none of the unit's decisions belongs to another unit and is not checked here.
 */
export function unitsLeavingOutNodes(config: CharterConfig, analysis: PathAnalysis): string[] {
  const problems: string[] = [];
  for (const name of targetNames) {
    const target = config.targets[name];
    if (!target) continue;
    Object.entries(target.parameters).forEach(([list, value]) => {
      if (!Array.isArray(value)) return;
      value.forEach((unit: unknown, index) => {
        if (!unit || typeof unit !== 'object') return;
        const where = `${name}.parameters.${list}[${index}]`;
        const nodes = (unit as { nodes?: unknown }).nodes;
        if (!Array.isArray(nodes) || !nodes.every((id) => typeof id === 'string')) {
          problems.push(`${where} does not list the nodes it enforces (no "nodes" array of node ids)`);
          return;
        }
        problems.push(...check(name, where, new Set(nodes as string[]), analysis.flows));
      });
    });
  }
  return problems;
}

function check(
  target: string,
  where: string,
  nodes: ReadonlySet<string>,
  flows: readonly ProposalFlow[],
): string[] {
  const listed = flows.flatMap((flow) =>
    flow.outcomes.filter((outcome) => nodes.has(outcome.node)).map((outcome) => ({ flow, outcome })),
  );
  const own = listed.filter(({ outcome }) => outcome.runsOn === target);
  const candidates = own.length > 0 ? own : listed;
  if (candidates.length === 0)
    return [
      `${where} lists no outcome a proposal can reach, so the path it enforces is unknown (nodes: ${[...nodes]})`,
    ];
  const problems: string[] = [];
  let checked = 0;
  for (const { flow, outcome } of candidates) {
    const decisions = decisionsOn(flow, outcome);
    const mine = decisions.filter((id) => nodes.has(id));
    if (decisions.length > 0 && mine.length === 0) continue;
    checked++;
    const required = mine.length === 0 ? new Set(outcome.nodes) : pathsThrough(flow, outcome, mine);
    const missing = [...required].filter((id) => !nodes.has(id));
    if (missing.length > 0)
      problems.push(
        `${where} enforces ${flow.proposal} (type ${flow.type}${flow.stage === null ? '' : `, stage ${flow.stage}`}) → ${outcome.node} but leaves out ${missing.join(', ')} (nodes: ${[...nodes].join(', ')})`,
      );
  }
  if (checked === 0)
    problems.push(
      `${where} lists no decision on any path to the outcomes it lists (nodes: ${[...nodes].join(', ')})`,
    );
  return problems;
}

function decisionsOn(flow: ProposalFlow, outcome: FlowOutcome): string[] {
  const roles = new Map(flow.steps.map((step) => [step.node, step.flow.role]));
  return outcome.nodes.filter((id) => roles.get(id) === 'decision');
}

/** Every node on a path proposal → outcome through one of `decisions`, with every branch into an all-of on it. */
function pathsThrough(flow: ProposalFlow, outcome: FlowOutcome, decisions: readonly string[]): Set<string> {
  const steps = new Map(flow.steps.map((step) => [step.node, step]));
  const ancestors = (start: string): Set<string> => {
    const found = new Set<string>();
    const stack = [start];
    while (stack.length > 0)
      for (const arrival of steps.get(stack.pop()!)?.from ?? [])
        if (!found.has(arrival.node)) {
          found.add(arrival.node);
          stack.push(arrival.node);
        }
    return found;
  };
  const descendants = (start: string): Set<string> => {
    const found = new Set<string>();
    const stack = [start];
    while (stack.length > 0)
      for (const exit of steps.get(stack.pop()!)?.exits ?? [])
        for (const next of exit.to)
          if (!found.has(next)) {
            found.add(next);
            stack.push(next);
          }
    return found;
  };
  const leadsToOutcome = new Set([...ancestors(outcome.node), outcome.node]);
  const on = new Set<string>();
  for (const decision of decisions) {
    on.add(decision);
    for (const id of ancestors(decision)) on.add(id);
    for (const id of descendants(decision)) if (leadsToOutcome.has(id)) on.add(id);
  }
  for (const id of [...on]) {
    const flowOf = steps.get(id)?.flow;
    if (flowOf?.role === 'join' && flowOf.needs === 'all') for (const before of ancestors(id)) on.add(before);
  }
  return on;
}
