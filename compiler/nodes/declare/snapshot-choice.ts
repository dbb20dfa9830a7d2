import type { SnapshotVoteSpec } from '../target-support.ts';

/** A choice among options on Snapshot: no voting delay, the node's period and quorum (omitted when it has none). */
export function snapshotChoice(
  type: SnapshotVoteSpec['type'],
  params: { votingPeriod: number; quorum?: { percent: string } | { absolute: string } },
  unsupported: SnapshotVoteSpec['unsupported'] = [],
): SnapshotVoteSpec {
  const spec: SnapshotVoteSpec = {
    type,
    delay: 0,
    period: params.votingPeriod,
    periodField: 'params.votingPeriod',
    quorumField: 'params.quorum',
    unsupported,
  };
  if (params.quorum !== undefined) spec.quorum = params.quorum;
  return spec;
}
