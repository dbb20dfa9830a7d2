import type { SnapshotVoteSpec } from '../target-support.ts';

/**
 * A decision that passes unless enough object (an optimistic approval, a veto), on Snapshot: a basic vote with no
 * voting delay whose quorum counts Against votes only, so that reaching it rejects the proposal. `period` (seconds) and
 * `quorum` come with the dotted path of their field in the node, for diagnostics.
 */
export function snapshotRejection(
  period: { value: number; field: string },
  quorum: { value: NonNullable<SnapshotVoteSpec['quorum']>; field: string },
  unsupported: SnapshotVoteSpec['unsupported'] = [],
): SnapshotVoteSpec {
  return {
    type: 'basic',
    delay: 0,
    period: period.value,
    periodField: period.field,
    quorum: quorum.value,
    quorumField: quorum.field,
    quorumType: 'rejection',
    unsupported,
  };
}
