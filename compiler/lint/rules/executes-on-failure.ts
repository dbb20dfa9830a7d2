import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { nodeLabel } from '../../format/node-label.ts';
import { failureRoles } from '../../nodes/node-kind.ts';
import { analyzePaths } from '../../paths/analyze-paths.ts';
import type { LintRule } from '../lint-rule.ts';

/**
 * Warns when a decision's failing exit (role `failed` or `vetoed`) leads, through delays, routing or joins but no
 * other decision, to an execution: what the decision rejects would be carried out, usually a miswired edge. Read
 * from the path analysis, so only exits a proposal can take count.
 */
export const executesOnFailure: LintRule = (view) => {
  const found = new Map<string, Diagnostic>();
  for (const flow of analyzePaths(view).flows) {
    const steps = new Map(flow.steps.map((step) => [step.node, step]));
    for (const step of flow.steps) {
      if (step.flow.role !== 'decision' || found.has(step.node)) continue;
      for (const exit of step.exits) {
        if (!failureRoles.has(exit.role) || found.has(step.node)) continue;
        const queue = [...exit.to];
        const seen = new Set(queue);
        for (let head = 0; head < queue.length; head++) {
          const next = steps.get(queue[head]!)!;
          if (next.flow.role === 'outcome' && next.flow.outcome === 'executed') {
            const message = `${nodeLabel(view.node(step.node))}: proposals that leave by "${exit.port}" reach ${nodeLabel(view.node(next.node))}, so what it rejects would be executed. Connect its passing exit to the execution and its "${exit.port}" exit to Reject.`;
            found.set(
              step.node,
              createDiagnostic('executes-on-failure', message, { nodeId: step.node, port: exit.port }),
            );
            break;
          }
          if (next.flow.role === 'decision') continue;
          for (const after of next.exits)
            for (const to of after.to)
              if (!seen.has(to)) {
                seen.add(to);
                queue.push(to);
              }
        }
      }
    }
  }
  return view.document.nodes.flatMap((node) => found.get(node.id) ?? []);
};
