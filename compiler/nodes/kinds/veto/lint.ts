import { createDiagnostic } from '../../../diagnostics/create-diagnostic.ts';
import { say } from '../../../diagnostics/say.ts';
import type { VetoParams } from '../../../generated/charter-document.ts';
import type { LintHook } from '../../lint.ts';

/** Warns about a veto with no time limit. */
export const vetoLint: LintHook<VetoParams> = (p, { nodeId, name }) => {
  if (p.window !== 0) return [];
  const message = say('lint.veto-no-window', { node: name });
  return [createDiagnostic('veto-no-window', message, { nodeId, field: 'params.window' })];
};
