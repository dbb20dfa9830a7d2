import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { nodeLabel } from '../../format/node-label.ts';
import type { LintRule } from '../lint-rule.ts';
import { walkProposalPaths } from './proposal-paths.ts';

/** Proposal types that move money, by their name. */
export const treasuryTypes = /treasury|transfer|spend|payment|payout|grant/i;

/** Warns when a proposal type that moves money can reach an on-chain execution without passing a timelock. */
export const noTimelock: LintRule = (view) => {
  const found = new Map<string, Diagnostic>();
  walkProposalPaths(view, ({ type, node, before }) => {
    if (!treasuryTypes.test(type) || view.node(node).kind !== 'execute' || found.has(type)) return;
    if ([...before].some((id) => view.node(id).kind === 'timelock')) return;
    const message = `"${type}" proposals can reach ${nodeLabel(view.node(node))} with no timelock on the way, leaving holders no time to react to a bad transfer. Add a Timelock before it.`;
    found.set(type, createDiagnostic('no-timelock', message, { nodeId: node }));
  });
  return [...found.values()];
};
