import { formatUnits } from 'viem';
import { formatAmount } from '../format/format-amount.ts';
import type { Scenario } from '../simulate/scenario/scenario.ts';
import type { GovernorEntry } from '../targets/openzeppelin/read-governor-entries.ts';

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
 * a boundary the rules cannot reach (a supply base whose share never falls to the minimum, say) is left out. Empty
 * for a Governor without QuorumRules or with a fixed quorum.
 */
export function quorumBoundaries(
  entry: GovernorEntry,
  token: { id: string; supply: bigint; decimals: number; symbol: string },
): QuorumBoundary[] {
  const g = entry.governor;
  const shaped =
    g.quorumOf !== undefined ||
    g.quorumExcluded !== undefined ||
    g.quorumMinimum !== undefined ||
    g.quorumMaximum !== undefined;
  if (!shaped || g.fixedQuorum !== undefined || g.quorumNumerator === 0n) return [];
  const { supply } = token;
  const n = g.quorumNumerator;
  const d = g.quorumDenominator;
  const delegated = g.quorumOf === 'delegated';
  const least = g.quorumMinimum ?? 0n;
  const most = g.quorumMaximum;
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
    if (listed > supply || largest < g.proposalThreshold || balances.some(([, b]) => b <= 0n)) return;
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

  if (g.quorumMinimum !== undefined && least > 1n) {
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
    const over = delegated
      ? ((most + 1n) * d + n - 1n) / n
      : g.proposalThreshold > 0n
        ? g.proposalThreshold
        : 1n;
    if (share(over, 0n) > most)
      add('a share above the maximum quorum delegated, all For: clamped to the maximum', [[holder(0), over]]);
  }
  const excludedAddress = g.quorumExcluded?.[0];
  if (excludedAddress !== undefined) {
    // A quorum between the bounds, from a base that is the proposer's power alone (delegated) or the supply less
    // the excluded votes (supply): the excluded holder's votes must come out of it.
    const target = most === undefined ? least + least / 2n + 1n : (least + most) / 2n;
    const base = (target * d + n - 1n) / n;
    const excluded = delegated ? base / 2n + 1n : supply - base;
    const proposer = delegated ? base : g.proposalThreshold > 0n ? g.proposalThreshold : 1n;
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
