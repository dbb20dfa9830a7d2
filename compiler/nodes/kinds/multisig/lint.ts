import { createDiagnostic } from '../../../diagnostics/create-diagnostic.ts';
import { say } from '../../../diagnostics/say.ts';
import type { MultisigParams } from '../../../generated/charter-document.ts';
import type { LintHook } from '../../lint.ts';

/** Warns about a multisig that one signer can pass alone. */
export const multisigLint: LintHook<MultisigParams> = (p, { nodeId, name, voters }) => {
  if (p.threshold !== 1) return [];
  const signers = voters && !voters.weighted ? voters.addresses?.length : undefined;
  const message =
    signers === undefined
      ? say('lint.multisig-threshold-one', { node: name })
      : say('lint.multisig-threshold-one-of', { node: name, count: signers });
  return [createDiagnostic('multisig-threshold-one', message, { nodeId, field: 'params.threshold' })];
};
