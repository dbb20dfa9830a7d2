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
  // Depth-first with an explicit stack, so a long chain cannot overflow the call stack. Each entry points to the
  // one it came from, and a path is spelled out only when it reaches the outcome, so a walk stays linear in the
  // length of the paths it finds (copying the path at every step was quadratic on a 20,000-node chain).
  interface Trail {
    step: PathStep;
    back: Trail | null;
  }
  const stack: { node: string; trail: Trail | null }[] = [{ node: flow.proposal, trail: null }];
  while (stack.length > 0) {
    const { node, trail } = stack.pop()!;
    if (node === outcome) {
      if (paths.length === limit) return { paths, complete: false };
      const path: PathStep[] = [{ node, port: null, role: null }];
      for (let at = trail; at !== null; at = at.back) path.push(at.step);
      paths.push(path.reverse());
      continue;
    }
    const branches: { node: string; trail: Trail }[] = [];
    for (const exit of steps.get(node)!.exits)
      for (const to of exit.to)
        if (cone.has(to))
          branches.push({
            node: to,
            trail: { step: { node, port: exit.port, role: exit.role }, back: trail },
          });
    stack.push(...branches.reverse());
  }
  return { paths, complete: true };
}
