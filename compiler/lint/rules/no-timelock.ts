import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { say } from '../../diagnostics/say.ts';
import { nodeLabelWords } from '../../format/node-label-words.ts';
import { analyzePaths, type FlowStep } from '../../paths/analyze-paths.ts';
import { firstReached } from '../../paths/first-reached.ts';
import type { LintRule } from '../lint-rule.ts';

/** Proposal types that move money, by their name. */
export const treasuryTypes = /treasury|transfer|spend|payment|payout|grant/i;

const isExecution = (step: FlowStep) => step.flow.role === 'outcome' && step.flow.outcome === 'executed';

/**
 * Warns when a proposal type that moves money can reach an on-chain execution without passing a delay (a timelock):
 * in each flow of the path analysis, the steps reachable from the proposal without passing a delay.
 */
export const noTimelock: LintRule = (view) => {
  const found = new Map<string, Diagnostic>();
  for (const flow of analyzePaths(view).flows) {
    if (!treasuryTypes.test(flow.type) || found.has(flow.type)) continue;
    const execution = firstReached(flow, [flow.proposal], isExecution, (step) => step.flow.role !== 'delay');
    if (execution === undefined) continue;
    const message = say('lint.no-timelock', {
      type: flow.type,
      execution: nodeLabelWords(view.node(execution.node)),
    });
    found.set(flow.type, createDiagnostic('no-timelock', message, { nodeId: execution.node }));
  }
  return [...found.values()];
};
