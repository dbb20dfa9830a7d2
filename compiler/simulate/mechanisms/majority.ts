import { saidText } from '../../diagnostics/said-text.ts';
import { say } from '../../diagnostics/say.ts';
import { CharterError } from '../../errors/charter-error.ts';
import { parsePercent } from './parse-percent.ts';
import { type QuorumRise, quorumFunction } from './quorum-function.ts';
import { shareOf } from './share-of.ts';
import type { SupplyShare } from './supply-share.ts';

/** Which side a whole vote takes. */
export type MajoritySupport = 'for' | 'against' | 'abstain';

/** One vote: all of `weight` on one side, or a fractional vote split across the three (GovernorCountingFractional). */
export type MajorityVote = (
  | { support: MajoritySupport; weight: bigint; split?: undefined }
  | { split: { for: bigint; against: bigint; abstain: bigint }; support?: undefined }
) & {
  /** When the vote was cast, in the token's clock (block number or seconds). Needed only with `timing`. */
  at?: number;
};

/** How a share of supply is rounded to base units: down (OpenZeppelin) or up (Aragon). */
export type QuorumRounding = 'floor' | 'ceil';

/** Parameters of {@link majority}. All amounts are in base units of the voting token. */
export interface MajorityParameters {
  /** Total supply of voting power at the proposal's snapshot. */
  supply: bigint;
  /** The quorum: a share of supply (rounded as `rounding` says), or an absolute amount. */
  quorum: SupplyShare;
  /**
   * How a quorum given as a share of supply becomes base units: `floor` as OpenZeppelin's
   * GovernorVotesQuorumFraction does (supply · numerator / denominator), `ceil` as Aragon's TokenVoting does
   * (`_applyRatioCeiled` for minParticipation and minApprovals). They differ by one base unit whenever
   * supply · percent is not whole. @default 'floor'
   */
  rounding?: QuorumRounding;
  /**
   * Which votes count toward quorum: `for` (Compound's Governor Bravo), `for+abstain` (OpenZeppelin's
   * GovernorCountingSimple) or `all` (Aragon's TokenVoting).
   */
  quorumCounts: 'for' | 'for+abstain' | 'all';
  /**
   * What a percent quorum is a share of, when not `supply`: the delegated votable supply (Arbitrum's total
   * delegation). @default supply
   */
  quorumBase?: bigint;
  /** Taken out of the quorum's base before the share is taken (Arbitrum's EXCLUDE_ADDRESS votes). @default 0 */
  quorumExcluded?: bigint;
  /** The quorum never goes below this (Arbitrum's minimumQuorum). */
  quorumMinimum?: bigint;
  /** The quorum never goes above this (Arbitrum's maximumQuorum). */
  quorumMaximum?: bigint;
  /** The quorum's share rises with Against (Nouns' dynamic quorum); see {@link quorumFunction}. */
  quorumRise?: QuorumRise;
  /** For must be strictly above this (Aave's yesThreshold). */
  forThreshold?: bigint;
  /** For must be at least Against and For − Against strictly above this (Aave's yesNoDifferential). */
  forMargin?: bigint;
  /**
   * Aragon's support threshold t as decimal percent text (0 ≤ t < 100): success needs (1 − t) · For > t · Against,
   * computed exactly. Absent, success needs For > Against, which is the same as t = 50. Below 50 a minority can
   * pass (For ≤ Against), as it can in Aragon.
   */
  supportPercent?: string;
  /** OpenZeppelin's GovernorSuperQuorum: once For alone reaches floor(supply · percent / 100) and the vote is
   * winning, it succeeds at once (with `timing`, no later vote is counted). */
  superQuorumPercent?: string;
  votes: readonly MajorityVote[];
  /**
   * When voting is open, in the token's clock: votes count when `start < at ≤ deadline` (OpenZeppelin's Active
   * state). `lateQuorumExtension` (GovernorPreventLateQuorum): when quorum is first reached at `at`, the deadline
   * becomes max(deadline, at + extension).
   */
  timing?: { start: number; deadline: number; lateQuorumExtension?: number };
}

/** What {@link majority} returns. Amounts are in base units. */
export interface MajorityReturnType {
  /** The quorum at the end of counting (with a rising quorum, at the final Against). */
  quorum: bigint;
  /** Present with `quorumBase` or `quorumExcluded`: the base the quorum's share was taken of, after exclusions. */
  quorumBase?: bigint;
  /** Present with `forThreshold`: For > forThreshold. */
  forThresholdMet?: boolean;
  /** Present with `forMargin`: For ≥ Against and For − Against > forMargin. */
  forMarginMet?: boolean;
  for: bigint;
  against: bigint;
  abstain: bigint;
  quorumReached: boolean;
  /** Quorum reached (or the super quorum) and the support rule, the For threshold and the margin all met. */
  succeeded: boolean;
  /** Present when `superQuorumPercent` is given. */
  superQuorum?: bigint;
  superQuorumReached?: boolean;
  /** Present with `timing`: the deadline after any late-quorum extension. */
  deadline?: number;
  /** Present with `timing` when the super quorum decided the vote early: the timepoint it did. */
  decidedAt?: number;
  /** Present with `timing`: votes not counted because they came before the start, after the deadline or after an
   * early decision. */
  uncounted?: number;
}

/**
 * A yes/no token vote counted as OpenZeppelin's Governor counts it, with Aragon's support threshold as an option.
 *
 * - Tallies are exact bigint sums; fractional votes add each part to its side.
 * - `quorum` is floor(supply · percent / 100) (OpenZeppelin's GovernorVotesQuorumFraction), or with `rounding`
 *   'ceil' ceil(supply · percent / 100) (Aragon's TokenVoting), or the absolute amount. It is reached when the
 *   counted votes are ≥ quorum. With `quorumBase`, `quorumExcluded`, `quorumRise`, `quorumMinimum` or
 *   `quorumMaximum` it is {@link quorumFunction} of the Against votes at that moment (Arbitrum's clamped quorum of the
 *   delegated supply, Nouns' dynamic quorum).
 * - `forThreshold` and `forMargin` add Aave's conditions: For > forThreshold, and For ≥ Against with
 *   For − Against > forMargin.
 * - Success needs quorum and For strictly above Against, or (1 − t) · For > t · Against with a support threshold.
 * - With `timing`, votes are taken in time order, and the votes of one timepoint in the order given, as the
 *   transactions of one block run; this applies the late-quorum extension (from the timepoint quorum is reached)
 *   and the early super-quorum success, after which no vote counts, not even a later one of the same timepoint
 *   (GovernorSuperQuorum's state is then Succeeded, and castVote reverts).
 *
 * The result does not depend on the order of `votes`, except among votes of one timepoint when a super quorum
 * decides the vote between them.
 */
export function majority(parameters: MajorityParameters): MajorityReturnType {
  const { supply, quorumCounts, votes, timing } = parameters;
  const quorumAt = (against: bigint): bigint =>
    quorumFunction(
      {
        base: parameters.quorumBase ?? supply,
        quorum: parameters.quorum,
        ...(parameters.quorumExcluded === undefined ? {} : { excluded: parameters.quorumExcluded }),
        ...(parameters.rounding === undefined ? {} : { rounding: parameters.rounding }),
        ...(parameters.quorumRise === undefined ? {} : { rise: parameters.quorumRise }),
        ...(parameters.quorumMinimum === undefined ? {} : { minimum: parameters.quorumMinimum }),
        ...(parameters.quorumMaximum === undefined ? {} : { maximum: parameters.quorumMaximum }),
      },
      against,
    );
  const support =
    parameters.supportPercent === undefined ? { num: 1n, den: 2n } : parsePercent(parameters.supportPercent);
  if (support.num >= support.den) {
    const said = say('simulate.support-never-met', { percent: String(parameters.supportPercent) });
    throw new CharterError(saidText(said, 'en'), { said });
  }
  const superQuorum =
    parameters.superQuorumPercent === undefined
      ? undefined
      : shareOf(supply, parsePercent(parameters.superQuorumPercent));

  const tally = { for: 0n, against: 0n, abstain: 0n };
  const counted = (): bigint =>
    quorumCounts === 'for'
      ? tally.for
      : quorumCounts === 'for+abstain'
        ? tally.for + tally.abstain
        : tally.for + tally.against + tally.abstain;
  const supported = (): boolean => (support.den - support.num) * tally.for > support.num * tally.against;
  const thresholdMet = (): boolean =>
    parameters.forThreshold === undefined || tally.for > parameters.forThreshold;
  const marginMet = (): boolean =>
    parameters.forMargin === undefined ||
    (tally.for >= tally.against && tally.for - tally.against > parameters.forMargin);
  const winning = (): boolean => supported() && thresholdMet() && marginMet();

  const result: Partial<MajorityReturnType> = {};
  if (timing === undefined) {
    for (let i = 0; i < votes.length; i++) add(tally, votes[i]!);
  } else {
    Object.assign(
      result,
      countInTime(
        votes,
        timing,
        tally,
        () => counted() >= quorumAt(tally.against),
        () => superQuorum !== undefined && tally.for >= superQuorum && winning(),
      ),
    );
  }
  const quorum = quorumAt(tally.against);
  const quorumReached = counted() >= quorum;
  const superQuorumReached = superQuorum !== undefined && tally.for >= superQuorum;
  const base = parameters.quorumBase ?? supply;
  const excluded = parameters.quorumExcluded ?? 0n;
  return {
    quorum,
    ...(parameters.quorumBase === undefined && parameters.quorumExcluded === undefined
      ? {}
      : { quorumBase: base > excluded ? base - excluded : 0n }),
    ...(parameters.forThreshold === undefined ? {} : { forThresholdMet: thresholdMet() }),
    ...(parameters.forMargin === undefined ? {} : { forMarginMet: marginMet() }),
    for: tally.for,
    against: tally.against,
    abstain: tally.abstain,
    quorumReached,
    succeeded: (quorumReached || superQuorumReached) && winning(),
    ...(superQuorum === undefined ? {} : { superQuorum, superQuorumReached }),
    ...result,
  };
}

function add(tally: { for: bigint; against: bigint; abstain: bigint }, vote: MajorityVote): void {
  if (vote.split !== undefined) {
    tally.for += vote.split.for;
    tally.against += vote.split.against;
    tally.abstain += vote.split.abstain;
  } else if (vote.support === 'for') tally.for += vote.weight;
  else if (vote.support === 'against') tally.against += vote.weight;
  else tally.abstain += vote.weight;
}

function countInTime(
  votes: readonly MajorityVote[],
  timing: NonNullable<MajorityParameters['timing']>,
  tally: { for: bigint; against: bigint; abstain: bigint },
  quorumReached: () => boolean,
  decidedEarly: () => boolean,
): { deadline: number; decidedAt?: number; uncounted: number } {
  const order = votes.map((vote, index) => {
    if (vote.at === undefined)
      throw new CharterError(`majority: vote ${index} has no "at", which timing needs.`);
    return index;
  });
  order.sort((a, b) => votes[a]!.at! - votes[b]!.at! || a - b);
  let deadline = timing.deadline;
  let extended = false;
  let counted = 0;
  let decidedAt: number | undefined;
  for (let k = 0; k < order.length; ) {
    const at = votes[order[k]!]!.at!;
    let end = k;
    while (end < order.length && votes[order[end]!]!.at === at) end++;
    if (at > deadline || decidedAt !== undefined) break;
    if (at > timing.start) {
      // One by one, as the transactions of a block run: once a vote decides it early, the Governor is Succeeded
      // and refuses the rest of the block's votes.
      for (let j = k; j < end && decidedAt === undefined; j++) {
        add(tally, votes[order[j]!]!);
        counted++;
        if (!extended && quorumReached()) {
          extended = true;
          deadline = Math.max(deadline, at + (timing.lateQuorumExtension ?? 0));
        }
        if (decidedEarly()) decidedAt = at;
      }
    }
    k = end;
  }
  return { deadline, ...(decidedAt === undefined ? {} : { decidedAt }), uncounted: votes.length - counted };
}
