import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { say } from '../../diagnostics/say.ts';
import { nodeLabelWords } from '../../format/node-label-words.ts';
import { analyzePaths } from '../../paths/analyze-paths.ts';
import type { LintRule } from '../lint-rule.ts';

/** Proposal types and decision labels that describe splitting something among many, by their name. */
export const allocationWords = /budget|allocat|split|distribut|funding[-\s]?round|grants?[-\s]?round|menu/i;

/**
 * Warns when a budget or an allocation (a concave question, best answered somewhere in the middle) is decided by a
 * yes/no vote (a convex decision that can fail; a veto only blocks), which can only accept or reject one split.
 */
export const yesNoForAllocation: LintRule = (view) => {
  const found = new Map<string, Diagnostic>();
  for (const flow of analyzePaths(view).flows)
    for (const step of flow.steps) {
      if (step.flow.role !== 'decision' || found.has(step.node)) continue;
      const bound = view.bound(step.node);
      if (bound.definition.group !== 'convex' || !bound.exits.some((exit) => exit.role === 'failed'))
        continue;
      const node = nodeLabelWords(view.node(step.node));
      const message = allocationWords.test(flow.type)
        ? say('lint.allocation-by-type', { node, type: flow.type })
        : allocationWords.test(node.en)
          ? say('lint.allocation-by-label', { node })
          : undefined;
      if (!message) continue;
      found.set(step.node, createDiagnostic('yes-no-for-allocation', message, { nodeId: step.node }));
    }
  return [...found.values()];
};
