import { multisig } from '../mechanisms/multisig.ts';
import { array, at, integer, object, string } from './fields.ts';
import { TallyInputError } from './tally-input-error.ts';

/** `charter tally multisig`: reads signers, threshold and approvals, runs {@link multisig}. */
export function multisigTally(input: unknown): unknown {
  const record = object(
    input,
    '',
    ['signers', 'threshold', 'approvals'],
    ['signers', 'threshold', 'approvals'],
  );
  const signers = array(record.signers, 'signers').map((signer, index) =>
    string(signer, at('signers', index)),
  );
  if (signers.length === 0)
    throw new TallyInputError(
      'signers',
      'must name at least one signer',
      '서명자를 한 명 이상 적어야 합니다',
    );
  const threshold = integer(
    record.threshold,
    'threshold',
    1,
    new Set(signers.map((s) => s.toLowerCase())).size,
  );
  const approvals = array(record.approvals, 'approvals').map((approver, index) =>
    string(approver, at('approvals', index)),
  );
  return multisig({ signers, threshold, approvals });
}
