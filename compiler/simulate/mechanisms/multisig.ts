import { CharterError } from '../../errors/charter-error.ts';
import { sameMember } from './same-member.ts';

/** Parameters of {@link multisig}. */
export interface MultisigParameters {
  /** The signers (Safe owners, Aragon Multisig members). */
  signers: readonly string[];
  /** k: approvals needed, from 1 to the number of signers. */
  threshold: number;
  /** Who approved, in any order; repeats and non-signers do not count. */
  approvals: readonly string[];
}

/** What {@link multisig} returns. */
export interface MultisigReturnType {
  /** Distinct signers who approved. */
  approvals: number;
  threshold: number;
  /** approvals ≥ threshold. */
  passed: boolean;
}

/**
 * A k-of-n multisig as Safe and Aragon's Multisig count it: each distinct listed signer counts once (addresses
 * compared case-insensitively) and the proposal passes with at least `threshold` of them. Throws a
 * {@link CharterError} for a threshold no Safe accepts (below 1 or above the number of signers).
 */
export function multisig({ signers, threshold, approvals }: MultisigParameters): MultisigReturnType {
  const members = new Set(signers.map(sameMember));
  if (!Number.isInteger(threshold) || threshold < 1 || threshold > members.size) {
    throw new CharterError(
      `A threshold of ${threshold} does not fit ${members.size} signers; it must be from 1 to ${members.size}.`,
    );
  }
  const approved = new Set<string>();
  for (const approver of approvals) {
    const member = sameMember(approver);
    if (members.has(member)) approved.add(member);
  }
  return { approvals: approved.size, threshold, passed: approved.size >= threshold };
}
