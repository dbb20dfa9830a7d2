import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { nodeLabel } from '../../format/node-label.ts';
import { getNodeKind } from '../../nodes/catalogue.ts';
import type { LintRule } from '../lint-rule.ts';
import { walkProposalPaths } from './proposal-paths.ts';

/** Proposal types and decision labels that describe splitting something among many, by their name. */
export const allocationWords = /budget|allocat|split|distribut|funding[-\s]?round|grants?[-\s]?round|menu/i;

/**
 * Warns when a budget or an allocation (a concave question, best answered somewhere in the middle) is decided by a
 * yes/no vote, which can only accept or reject one proposed split.
 */
export const yesNoForAllocation: LintRule = (view) => {
  const found = new Map<string, Diagnostic>();
  walkProposalPaths(view, ({ type, node }) => {
    const decision = view.node(node);
    if (getNodeKind(decision.kind)!.group !== 'convex' || decision.kind === 'veto' || found.has(node)) return;
    const label = nodeLabel(decision);
    const because = allocationWords.test(type)
      ? `"${type}" proposals are`
      : allocationWords.test(label)
        ? 'this allocation is'
        : undefined;
    if (!because) return;
    const message = `${label}: ${because} decided by a yes/no vote, which can only accept or reject one split. A budget split or quadratic funding lets everyone's answer count and finds a middle.`;
    found.set(node, createDiagnostic('yes-no-for-allocation', message, { nodeId: node }));
  });
  return [...found.values()];
};
