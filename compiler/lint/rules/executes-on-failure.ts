import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import { nodeLabel } from '../../format/node-label.ts';
import { getNodeKind } from '../../nodes/catalogue.ts';
import { failureExits } from '../../targets/executed-decisions.ts';
import type { LintRule } from '../lint-rule.ts';

/**
 * Warns when a decision's failing exit (`failed`, `vetoed`) leads, through timelocks, routing or combinators but no
 * other decision, to an Execute: what the decision rejects would be carried out, usually a miswired edge.
 */
export const executesOnFailure: LintRule = (view) =>
  view.document.nodes.flatMap((node) => {
    const group = getNodeKind(node.kind)!.group;
    if (group !== 'convex' && group !== 'concave') return [];
    for (const port of failureExits) {
      const queue = [...view.next(node.id, port)];
      const seen = new Set(queue);
      while (queue.length > 0) {
        const step = view.node(queue.shift()!);
        if (step.kind === 'execute') {
          const message = `${nodeLabel(node)}: proposals that leave by "${port}" reach ${nodeLabel(step)}, so what it rejects would be executed. Connect its passing exit to the execution and its "${port}" exit to Reject.`;
          return [createDiagnostic('executes-on-failure', message, { nodeId: node.id, port })];
        }
        const stepGroup = getNodeKind(step.kind)!.group;
        if (stepGroup === 'convex' || stepGroup === 'concave') continue;
        for (const exit of getNodeKind(step.kind)!.ports(step.params as never)) {
          if (exit.direction !== 'out' || exit.type !== 'flow') continue;
          for (const next of view.next(step.id, exit.id)) {
            if (seen.has(next)) continue;
            seen.add(next);
            queue.push(next);
          }
        }
      }
    }
    return [];
  });
