import type { GraphView } from '../compile/graph-view.ts';
import { createDiagnostic } from '../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { nodeLabel } from '../format/node-label.ts';
import type { ExecutedDecision } from './executed-decisions.ts';

/**
 * What a target cannot express about the path from a decision to its execution, whatever the decision: an execution
 * reached by the decision's failure exit (the target executes what passes, never what is rejected), and, for a
 * target with no delay of its own, a timelock on the way.
 */
export function pathProblems(
  view: GraphView,
  path: ExecutedDecision,
  target: { title: string; hasTimelock: boolean },
): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const decision = nodeLabel(view.node(path.decision));
  if (path.onFailure) {
    const message = `${decision}: proposals it rejects lead to ${nodeLabel(view.node(path.execute))}, but ${target.title} executes what passes, never what is rejected. Connect the decision's passing exit to the execution instead.`;
    problems.push(createDiagnostic('target-unsupported', message, { nodeId: path.decision }));
  }
  if (path.timelock && !target.hasTimelock) {
    const message = `${nodeLabel(view.node(path.timelock))}: ${target.title} has no delay of its own, so this timelock would be dropped. Add a delay module (such as Zodiac's Delay modifier for a Safe) outside Charter, or execute by a governor with a TimelockController.`;
    problems.push(createDiagnostic('target-unsupported', message, { nodeId: path.timelock }));
  }
  return problems;
}
