import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { say } from '../../diagnostics/say.ts';
import { nodeLabelWords } from '../../format/node-label-words.ts';
import { failureRoles } from '../../nodes/node-kind.ts';
import { analyzePaths, type FlowStep } from '../../paths/analyze-paths.ts';
import { firstReached } from '../../paths/first-reached.ts';
import type { LintRule } from '../lint-rule.ts';

const isExecution = (step: FlowStep) => step.flow.role === 'outcome' && step.flow.outcome === 'executed';

/**
 * Warns when a decision's failing exit (role `failed` or `vetoed`) leads, through delays, routing or joins but no
 * other decision, to an execution: what the decision rejects would be carried out, usually a miswired edge. Read
 * from the path analysis, so only exits a proposal can take count.
 */
export const executesOnFailure: LintRule = (view) => {
  const found = new Map<string, Diagnostic>();
  for (const flow of analyzePaths(view).flows) {
    for (const step of flow.steps) {
      if (step.flow.role !== 'decision' || found.has(step.node)) continue;
      for (const exit of step.exits) {
        if (!failureRoles.has(exit.role) || found.has(step.node)) continue;
        const execution = firstReached(flow, exit.to, isExecution, (next) => next.flow.role !== 'decision');
        if (execution === undefined) continue;
        const message = say('lint.executes-on-failure', {
          node: nodeLabelWords(view.node(step.node)),
          port: exit.port,
          execution: nodeLabelWords(view.node(execution.node)),
        });
        found.set(
          step.node,
          createDiagnostic('executes-on-failure', message, { nodeId: step.node, port: exit.port }),
        );
      }
    }
  }
  return view.document.nodes.flatMap((node) => found.get(node.id) ?? []);
};
