import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { nodeLabel } from '../../format/node-label.ts';
import { analyzePaths } from '../../paths/analyze-paths.ts';
import type { LintRule } from '../lint-rule.ts';

/** Proposal types that move money, by their name. */
export const treasuryTypes = /treasury|transfer|spend|payment|payout|grant/i;

/**
 * Warns when a proposal type that moves money can reach an on-chain execution without passing a delay (a timelock):
 * in each flow of the path analysis, the steps reachable from the proposal without passing a delay.
 */
export const noTimelock: LintRule = (view) => {
  const found = new Map<string, Diagnostic>();
  for (const flow of analyzePaths(view).flows) {
    if (!treasuryTypes.test(flow.type) || found.has(flow.type)) continue;
    const steps = new Map(flow.steps.map((step) => [step.node, step]));
    const seen = new Set([flow.proposal]);
    const queue = [flow.proposal];
    for (let head = 0; head < queue.length; head++) {
      const step = steps.get(queue[head]!)!;
      if (step.flow.role === 'outcome' && step.flow.outcome === 'executed') {
        const message = `"${flow.type}" proposals can reach ${nodeLabel(view.node(step.node))} with no timelock on the way, leaving holders no time to react to a bad transfer. Add a Timelock before it.`;
        found.set(flow.type, createDiagnostic('no-timelock', message, { nodeId: step.node }));
        break;
      }
      if (step.flow.role === 'delay') continue;
      for (const exit of step.exits)
        for (const to of exit.to)
          if (!seen.has(to)) {
            seen.add(to);
            queue.push(to);
          }
    }
  }
  return [...found.values()];
};
