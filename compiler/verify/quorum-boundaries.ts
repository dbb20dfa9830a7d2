import { formatUnits } from 'viem';
import { formatAmount } from '../format/format-amount.ts';
import type { Scenario } from '../simulate/scenario/scenario.ts';

/** One electorate built to put a Governor's quorum where its rules bend: at a bound, or on the excluded votes. */
export interface QuorumBoundary {
  /** What the electorate is built to show, for the report: "one base unit below the minimum quorum". */
  label: string;
  /** Every listed holder delegates and votes For; the rest of the supply is held by one who never delegates. */
  scenario: Omit<Scenario, 'seed' | 'proposals'>;
}

/** A holder address of the built electorates; the replay gives each its own chain address. */
const holder = (index: number) => `0x${'b0'.repeat(19)}${index.toString(16).padStart(2, '0')}`;

/**
 * The electorates at the boundaries of a Governor's quorum base and bounds (CharterCounting's QuorumRules, after
 * L2ArbitrumGovernor.quorum()), each replayed as one more proposal where every listed holder votes For (turnout 1),
 * so the quorum the chain reads at the snapshot is compared with the simulator's whatever the sample votes were:
 * - one base unit below the minimum quorum, with that many delegated: clamped to the minimum, and the vote fails it;
 * - exactly the minimum delegated: clamped to the minimum, and the vote reaches it;
 * - enough delegated that the share is above the maximum: clamped to the maximum;
 * - an excluded address that delegated, beside a holder whose power alone puts the share between the bounds: the
 *   quorum is the share of the base less the excluded votes, which a Governor that ignored them would not give.
 * Each needs the proposer (the largest holder) to meet the proposal threshold and the holders to fit in the supply;
 * a boundary the rules cannot reach (a supply base whose share never falls to the minimum, say) is left out. Built
 * from the vote's rule (what the simulator runs), not from the deployed parameters, so that a Governor deployed
 * without a bound or an exclusion the rules have is found out. Empty for a vote whose quorum is a plain share or a
 * fixed amount.
 */
export function quorumBoundaries(
  rule: Record<string, unknown>,
  proposalThreshold: bigint,
  token: { id: string; supply: bigint; decimals: number; symbol: string },
): QuorumBoundary[] {
  const amount = (key: string) => (typeof rule[key] === 'string' ? BigInt(rule[key] as string) : undefined);
  const excludedAddresses = (rule.quorumExcluded as string[] | undefined) ?? [];
  const fraction = (rule.quorum as { fraction?: { numerator: string; denominator: string } }).fraction;
  const shaped =
    rule.quorumOf === 'delegated' ||
    excludedAddresses.length > 0 ||
    amount('quorumMinimum') !== undefined ||
    amount('quorumMaximum') !== undefined;
  // A rise with Against is not a Governor's (the target refuses it); a fixed quorum has its bounds folded in.
  if (!shaped || fraction === undefined || rule.quorumRise !== undefined || BigInt(fraction.numerator) === 0n)
    return [];
  const { supply } = token;
  const n = BigInt(fraction.numerator);
  const d = BigInt(fraction.denominator);
  const delegated = rule.quorumOf === 'delegated';
  const least = amount('quorumMinimum') ?? 0n;
  const most = amount('quorumMaximum');
  /** The quorum before its bounds for `listed` base units delegated, `excluded` of them at excluded addresses. */
  const share = (listed: bigint, excluded: bigint) => {
    const base = (delegated ? listed : supply) - excluded;
    return base > 0n ? (base * n) / d : 0n;
  };
  const boundaries: QuorumBoundary[] = [];
  const add = (label: string, balances: [string, bigint][]) => {
    let listed = 0n;
    let largest = 0n;
    for (const [, balance] of balances) {
      listed += balance;
      if (balance > largest) largest = balance;
    }
    // The largest holder proposes, in the simulator and in the replay.
    if (listed > supply || largest < proposalThreshold || balances.some(([, b]) => b <= 0n)) return;
    boundaries.push({
      label,
      scenario: {
        electorates: {
          [token.id]: { distribution: 'csv', csv: balances.map((row) => row.join(',')).join('\n') },
        },
        delegationRate: 1,
        turnout: 1,
        preference: { for: 1, against: 0, abstain: 0 },
      },
    });
  };

  if (amount('quorumMinimum') !== undefined && least > 1n) {
    if (share(least - 1n, 0n) < least)
      add('one base unit below the minimum quorum delegated, all For: clamped to the minimum, not reached', [
        [holder(0), least - 1n],
      ]);
    if (share(least, 0n) < least)
      add('exactly the minimum quorum delegated, all For: clamped to the minimum, reached', [
        [holder(0), least],
      ]);
  }
  if (most !== undefined) {
    // The least delegation whose share is above the maximum: ⌈(most + 1) · d / n⌉.
    const over = delegated ? ((most + 1n) * d + n - 1n) / n : proposalThreshold > 0n ? proposalThreshold : 1n;
    if (share(over, 0n) > most)
      add('a share above the maximum quorum delegated, all For: clamped to the maximum', [[holder(0), over]]);
  }
  const excludedAddress = excludedAddresses[0];
  if (excludedAddress !== undefined) {
    // A quorum between the bounds, from a base that is the proposer's power alone (delegated) or the supply less
    // the excluded votes (supply): the excluded holder's votes must come out of it.
    const target = most === undefined ? least + least / 2n + 1n : (least + most) / 2n;
    const base = (target * d + n - 1n) / n;
    const excluded = delegated ? base / 2n + 1n : supply - base;
    const proposer = delegated ? base : proposalThreshold > 0n ? proposalThreshold : 1n;
    const quorum = share(proposer + excluded, excluded);
    if (quorum > least && (most === undefined || quorum < most) && excluded > 0n)
      add(
        `${excludedAddress} delegated ${formatAmount(formatUnits(excluded, token.decimals), token.symbol)}, left out of the quorum's base`,
        [
          [holder(0), proposer],
          [excludedAddress, excluded],
        ],
      );
  }
  return boundaries;
}
