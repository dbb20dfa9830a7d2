import type { FlowStep, ProposalFlow } from './analyze-paths.ts';

/**
 * The first step of `flow`, breadth first from the steps `from`, that `found` accepts, going on only through steps
 * that `through` accepts; undefined when there is none. "Can these proposals reach an execution without passing a
 * timelock?" is `firstReached(flow, [flow.proposal], isExecution, (step) => step.flow.role !== 'delay')`.
 */
export function firstReached(
  flow: ProposalFlow,
  from: readonly string[],
  found: (step: FlowStep) => boolean,
  through: (step: FlowStep) => boolean,
): FlowStep | undefined {
  const steps = new Map(flow.steps.map((step) => [step.node, step]));
  const queue = [...from];
  const seen = new Set(queue);
  for (let head = 0; head < queue.length; head++) {
    const step = steps.get(queue[head]!)!;
    if (found(step)) return step;
    if (!through(step)) continue;
    for (const exit of step.exits)
      for (const to of exit.to)
        if (!seen.has(to)) {
          seen.add(to);
          queue.push(to);
        }
  }
  return undefined;
}
