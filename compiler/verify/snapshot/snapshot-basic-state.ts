/** What a closed `basic` Snapshot proposal shows. */
export type SnapshotBasicState = 'passed' | 'rejected';

/**
 * The state Snapshot gives a closed `basic` proposal (For, Against, Abstain), from its scores, as its interface
 * decides it (snapshot-labs/sx-monorepo apps/ui/src/networks/offchain/api/index.ts, `getProposalState`, with
 * apps/ui/src/helpers/quorum.ts, `getProposalCurrentQuorum`): with a rejection quorum, rejected when Against is
 * strictly more than the quorum, else passed; otherwise rejected when the total of all votes is below the quorum,
 * else passed when For is strictly more than Against. Scores and quorum in voting power, as Snapshot stores them.
 */
export function snapshotBasicState(
  scores: readonly number[],
  scoresTotal: number,
  quorum: number,
  quorumType: 'default' | 'rejection',
): SnapshotBasicState {
  if (quorumType === 'rejection') return (scores[1] ?? 0) > quorum ? 'rejected' : 'passed';
  if (scoresTotal < quorum) return 'rejected';
  return scores[0]! > scores[1]! ? 'passed' : 'rejected';
}
