import { CharterError } from '../../errors/charter-error.ts';
import { parseDecimal } from './parse-decimal.ts';
import { parsePercent } from './parse-percent.ts';
import type { Ratio } from './ratio.ts';
import { shareOf } from './share-of.ts';
import type { SupplyShare } from './supply-share.ts';

/**
 * A quorum that rises with Against, as Nouns' dynamic quorum does: the share starts at the quorum's percent and rises
 * by `coefficient` basis points for each whole basis point of the base voting Against, up to `maximumPercent`.
 */
export interface QuorumRise {
  /** Decimal text, at most 6 places (Nouns' `quorumCoefficient` / 10^6): "1" adds 1 bp of quorum per bp Against. */
  coefficient: string;
  /** The share the rise stops at, as decimal percent text (Nouns' `maxQuorumVotesBPS` / 100). */
  maximumPercent: string;
}

/** Parameters of {@link quorumFunction}. All amounts in base units. */
export interface QuorumFunctionParameters {
  /** What a percent quorum is a share of before exclusions: total supply, or the delegated (votable) supply. */
  base: bigint;
  /** Taken out of `base` (Arbitrum's votes of EXCLUDE_ADDRESS, Nouns' tokens held by the DAO); 0 at the least. */
  excluded?: bigint;
  quorum: SupplyShare;
  /** How a share becomes base units. @default 'floor' */
  rounding?: 'floor' | 'ceil';
  rise?: QuorumRise;
  /** The quorum is never below this (Arbitrum's minimumQuorum). */
  minimum?: bigint;
  /** The quorum is never above this (Arbitrum's maximumQuorum). */
  maximum?: bigint;
}

/** The fraction of one that `bps` whole basis points stand for. */
const perBps = 10_000n;

/**
 * Reads a rise coefficient: decimal text with at most 6 places, as Nouns stores it in millionths. Throws a
 * {@link CharterError} on anything else, since mechanisms receive validated parameters.
 */
export function parseCoefficient(text: string): Ratio {
  const ratio = parseDecimal(text);
  if (ratio === undefined || ratio.den > 1_000_000n)
    throw new CharterError(`"${text}" is not a coefficient written as decimal text with at most 6 places.`);
  return ratio;
}

/**
 * The quorum in base units as a function of the votes Against, exactly as the contracts compute it:
 *
 * 1. The base: `base − excluded`, 0 when the exclusion is larger (Arbitrum's getPastTotalDelegatedVotes).
 * 2. A share of it, rounded as `rounding` says (floor: OpenZeppelin's `supply · numerator / denominator`), or the
 *    absolute amount.
 * 3. With `rise` (Nouns' NounsDAODynamicQuorum.dynamicQuorumVotes): againstBps = ⌊10000 · against / base⌋,
 *    riseBps = ⌊coefficient · againstBps⌋, share = min(maximumPercent, percent + riseBps / 10000), then
 *    ⌊base · share⌋ (bps2Uint). A base of 0 gives 0 Against in basis points.
 * 4. Clamped: below `minimum` it is `minimum`, else above `maximum` it is `maximum` (Arbitrum's quorum()).
 */
export function quorumFunction(parameters: QuorumFunctionParameters, against: bigint): bigint {
  const { base: gross, excluded = 0n, quorum, rounding = 'floor', rise, minimum, maximum } = parameters;
  const base = gross > excluded ? gross - excluded : 0n;
  let amount: bigint;
  if ('absolute' in quorum) amount = quorum.absolute;
  else if (rise === undefined) amount = shareOf(base, parsePercent(quorum.percent), rounding);
  else {
    const start = parsePercent(quorum.percent);
    const top = parsePercent(rise.maximumPercent);
    const coefficient = parseCoefficient(rise.coefficient);
    const againstBps = base === 0n ? 0n : (perBps * against) / base;
    const riseBps = (coefficient.num * againstBps) / coefficient.den;
    const risen: Ratio = { num: start.num * perBps + riseBps * start.den, den: start.den * perBps };
    const share = risen.num * top.den > top.num * risen.den ? top : risen;
    amount = shareOf(base, share, rounding);
  }
  if (minimum !== undefined && amount < minimum) return minimum;
  if (maximum !== undefined && amount > maximum) return maximum;
  return amount;
}
