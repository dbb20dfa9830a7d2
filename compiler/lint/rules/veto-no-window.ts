import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import { nodeLabel } from '../../format/node-label.ts';
import type { VetoParams } from '../../generated/charter-document.ts';
import type { LintRule } from '../lint-rule.ts';

/** Warns about a veto with no time limit. */
export const vetoNoWindow: LintRule = (view) =>
  view.document.nodes.flatMap((node) => {
    if (node.kind !== 'veto' || (node.params as VetoParams).window !== 0) return [];
    const message = `${nodeLabel(node)}: the veto has no time window, so a passed proposal could be blocked at any time and never become final. Set a window, such as 7 days.`;
    return [createDiagnostic('veto-no-window', message, { nodeId: node.id, field: 'params.window' })];
  });
