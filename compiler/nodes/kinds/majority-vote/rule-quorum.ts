import type { Fraction } from '../../../generated/charter-config.ts';
import { fractionToPercent } from '../../../simulate/fraction-to-percent.ts';
import type { MajorityParameters } from '../../../simulate/mechanisms/majority.ts';
import type { GeneratedElectorate } from '../../../simulate/scenario/generate-electorate.ts';

/** The quorum-function fields of {@link MajorityParameters}, and the For threshold and margin. */
export type RuleQuorum = Pick<
  MajorityParameters,
  | 'quorumBase'
  | 'quorumExcluded'
  | 'quorumMinimum'
  | 'quorumMaximum'
  | 'quorumRise'
  | 'forThreshold'
  | 'forMargin'
>;

/**
 * A majority vote's quorum function as the mechanism takes it, from its config rule (base units, fractions) and the
 * scenario's holders:
 * - `quorumOf` "delegated": the base is the power of the holders who delegated (`active`), as Arbitrum's total
 *   delegation counts it; otherwise the electorate's supply.
 * - `quorumExcluded`: the votes of the holders at those addresses come out of it, as Arbitrum's
 *   `getPastVotes(EXCLUDE_ADDRESS)`: a holder's balance if it has delegated (to itself, as scenarios model it), else
 *   nothing, whichever the base.
 */
export function ruleQuorum(rule: Record<string, unknown>, electorate: GeneratedElectorate): RuleQuorum {
  const delegated = rule.quorumOf === 'delegated';
  const excludedAddresses = new Set(
    ((rule.quorumExcluded as string[] | undefined) ?? []).map((a) => a.toLowerCase()),
  );
  let base = 0n;
  let excluded = 0n;
  for (const holder of electorate.holders) {
    if (delegated && !holder.active) continue;
    base += holder.balance;
    if (holder.active && excludedAddresses.has(holder.address.toLowerCase())) excluded += holder.balance;
  }
  const amount = (key: string) => (typeof rule[key] === 'string' ? BigInt(rule[key] as string) : undefined);
  const rise = rule.quorumRise as { coefficient: string; maximum: Fraction } | undefined;
  const parts: RuleQuorum = {
    ...(delegated ? { quorumBase: base } : {}),
    ...(excludedAddresses.size > 0 ? { quorumExcluded: excluded } : {}),
    ...(rise === undefined
      ? {}
      : { quorumRise: { coefficient: rise.coefficient, maximumPercent: fractionToPercent(rise.maximum) } }),
  };
  for (const key of ['quorumMinimum', 'quorumMaximum', 'forThreshold', 'forMargin'] as const) {
    const value = amount(key);
    if (value !== undefined) parts[key] = value;
  }
  return parts;
}
