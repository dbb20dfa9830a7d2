import { createDiagnostic } from '../../../diagnostics/create-diagnostic.ts';
import type { MultisigParams } from '../../../generated/charter-document.ts';
import type { LintHook } from '../../lint.ts';

/** Warns about a multisig that one signer can pass alone. */
export const multisigLint: LintHook<MultisigParams> = (p, { nodeId, name, voters }) => {
  if (p.threshold !== 1) return [];
  const signers = voters && !voters.weighted ? voters.addresses?.length : undefined;
  const who = signers === undefined ? 'any one signer' : `any one of the ${signers} signers`;
  const message = `${name}: ${who} can approve alone, so one lost or stolen key decides. Require at least 2 approvals.`;
  return [createDiagnostic('multisig-threshold-one', message, { nodeId, field: 'params.threshold' })];
};
