import { createDiagnostic } from '../../../diagnostics/create-diagnostic.ts';
import { say } from '../../../diagnostics/say.ts';
import type { TimelockParams } from '../../../generated/charter-document.ts';
import type { LintHook } from '../../lint.ts';

/** Warns about an end to the cancellers' power when there are no extra cancellers for it to end. */
export const timelockLint: LintHook<TimelockParams> = (p, { nodeId, name }) => {
  if (p.cancellersUntil === undefined || (p.cancellers ?? []).length > 0) return [];
  const message = say('lint.expiry-without-cancellers', { node: name });
  return [
    createDiagnostic('expiry-without-cancellers', message, { nodeId, field: 'params.cancellersUntil' }),
  ];
};
