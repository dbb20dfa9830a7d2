import { parsePercent } from './parse-percent.ts';
import { shareOf } from './share-of.ts';
import type { SupplyShare } from './supply-share.ts';

/** Parameters of {@link optimistic}. Amounts in base units of the voting token. */
export interface OptimisticParameters {
  /** Total supply of voting power. */
  supply: bigint;
  /** Objecting voting power that blocks: a share of supply (rounded up, as Aragon's `_applyRatioCeiled`) or an amount. */
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
  /** objections ≥ threshold (Aragon's `isMinVetoRatioReached`). */
  blocked: boolean;
  /** Not blocked: the proposal goes through once the window closes. */
  passed: boolean;
}

/**
 * An optimistic proposal, as Aragon's optimistic token voting runs it: it passes unless objections reach the
 * threshold within the challenge period. The result does not depend on the order of objections.
 */
export function optimistic({
  supply,
  objectionThreshold,
  objections,
  window,
}: OptimisticParameters): OptimisticReturnType {
  const threshold =
    'percent' in objectionThreshold
      ? shareOf(supply, parsePercent(objectionThreshold.percent), 'ceil')
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
  const blocked = total >= threshold;
  return { threshold, objections: total, blocked, passed: !blocked };
}
