import { createDiagnostic } from '../../../diagnostics/create-diagnostic.ts';
import type { VetoParams } from '../../../generated/charter-document.ts';
import type { LintHook } from '../../lint.ts';

/** Warns about a veto with no time limit. */
export const vetoLint: LintHook<VetoParams> = (p, { nodeId, name }) => {
  if (p.window !== 0) return [];
  const message = `${name}: the veto has no time window, so a passed proposal could be blocked at any time and never become final. Set a window, such as 7 days.`;
  return [createDiagnostic('veto-no-window', message, { nodeId, field: 'params.window' })];
};
