import type { ExitRole } from '../nodes/node-kind.ts';
import type { ProposalFlow } from './analyze-paths.ts';

/** One step of one path: the node, and the exit the path leaves it by (null at the outcome). */
export interface PathStep {
  node: string;
  port: string | null;
  role: ExitRole | null;
}

/** What {@link pathsTo} gives: the paths found, and whether that is all of them. */
export interface PathsToReturnType {
  paths: PathStep[][];
  /** False when there were more than `limit` paths and the rest were left out. */
  complete: boolean;
}

/**
 * The single paths from a flow's proposal to one of its outcomes, in a stable order, at most `limit` of them. The
 * number of paths can grow exponentially with the graph (a chain of diamonds), which is why {@link analyzePaths}
 * never lists them: a reader that needs them asks here, with a limit, and says when it was reached.
 *
 * @param limit - most paths to return. @default 64
 */
export function pathsTo(flow: ProposalFlow, outcome: string, limit = 64): PathsToReturnType {
  const steps = new Map(flow.steps.map((step) => [step.node, step]));
  const cone = new Set(flow.outcomes.find((candidate) => candidate.node === outcome)?.nodes ?? []);
  const paths: PathStep[][] = [];
  if (!cone.has(flow.proposal)) return { paths, complete: true };
  // Depth-first with an explicit stack, so a long chain cannot overflow the call stack.
  const stack: { node: string; path: PathStep[] }[] = [{ node: flow.proposal, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (node === outcome) {
      if (paths.length === limit) return { paths, complete: false };
      paths.push([...path, { node, port: null, role: null }]);
      continue;
    }
    const branches: { node: string; path: PathStep[] }[] = [];
    for (const exit of steps.get(node)!.exits)
      for (const to of exit.to)
        if (cone.has(to))
          branches.push({ node: to, path: [...path, { node, port: exit.port, role: exit.role }] });
    stack.push(...branches.reverse());
  }
  return { paths, complete: true };
}
