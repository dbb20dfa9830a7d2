import { parsePercent } from './parse-percent.ts';
import { shareOf } from './share-of.ts';
import type { SupplyShare } from './supply-share.ts';

/** Parameters of {@link optimistic}. Amounts in base units of the voting token. */
export interface OptimisticParameters {
  /** Total supply of voting power. */
  supply: bigint;
  /** Objecting voting power to exceed to block: a share of supply (rounded down) or an amount. */
  objectionThreshold: SupplyShare;
  objections: readonly { weight: bigint; at?: number }[];
  /** The challenge period: objections count when `start ≤ at < end`. Without it every objection counts. */
  window?: { start: number; end: number };
}

/** What {@link optimistic} returns. */
export interface OptimisticReturnType {
  threshold: bigint;
  /** Objecting voting power counted. */
  objections: bigint;
  /** objections > threshold: Snapshot's rejection quorum, the only place Charter runs an optimistic rule. */
  blocked: boolean;
  /** Not blocked: the proposal goes through once the window closes. */
  passed: boolean;
}

/**
 * An optimistic proposal, as Snapshot runs a basic vote with a rejection quorum: it passes unless objections
 * (Against) are strictly more than the threshold within the challenge period; objections exactly at the threshold
 * do not block (snapshot-labs/sx-monorepo apps/ui/src/networks/offchain/api/index.ts, `getProposalState`:
 * `currentQuorum > proposal.quorum ? 'rejected' : 'passed'`). A share of supply is rounded down to base units:
 * for whole base units `a`, `a > supply · share` exactly when `a > ⌊supply · share⌋`. The result does not depend on
 * the order of objections.
 */
export function optimistic({
  supply,
  objectionThreshold,
  objections,
  window,
}: OptimisticParameters): OptimisticReturnType {
  const threshold =
    'percent' in objectionThreshold
      ? shareOf(supply, parsePercent(objectionThreshold.percent), 'floor')
      : objectionThreshold.absolute;
  let total = 0n;
  for (const objection of objections) {
    if (
      window !== undefined &&
      (objection.at === undefined || objection.at < window.start || objection.at >= window.end)
    )
      continue;
    total += objection.weight;
  }
  const blocked = total > threshold;
  return { threshold, objections: total, blocked, passed: !blocked };
}
