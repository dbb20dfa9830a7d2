import { encodeAbiParameters, type Hex } from 'viem';
import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { type Said, say } from '../../diagnostics/say.ts';
import { formatDuration } from '../../format/format-duration.ts';
import { formatPercent } from '../../format/format-percent.ts';
import { nodeNameWords } from '../../format/node-name-words.ts';
import type { CharterNode, ConvictionNode } from '../../generated/charter-document.ts';
import { type Fraction, percentToFraction } from '../../units/percent-to-fraction.ts';
import { toBaseUnits } from '../../units/to-base-units.ts';
import type { TargetResult } from '../target-result.ts';
import { voterPart } from '../voter-part.ts';
import { cvParamsAbi } from './cv-params-abi.ts';
import { gardensDecay, gardensScale } from './gardens-decay.ts';
import { roundToNearest } from './round-to-nearest.ts';
import { surdSign } from './surd-sign.ts';

/** Gardens v2's `CVParams` (ICVStrategy.sol): fractions in its 10^7 scale, points in base units. */
export interface GardensCvParams {
  /** β · 10^7: a request must ask for less than this share of the pool. */
  maxRatio: bigint;
  /** ρ · 10^7. */
  weight: bigint;
  /** a · 10^7: the share of conviction kept from one block to the next. */
  decay: bigint;
  /** Points (base units of the staked token) whose full conviction every threshold must at least reach. */
  minThresholdPoints: bigint;
}

/** What {@link gardensCvParams} reads: nodes of a validated document with its defaults filled in. */
export interface GardensCvParamsInput {
  conviction: ConvictionNode;
  /** The node feeding the conviction node's `voters` (stakers) port. */
  voters: CharterNode | null;
  /** The chain: conviction grows per block. */
  chain: { blockTime: number };
}

/** What {@link gardensCvParams} gives: a Gardens v2 pool's conviction settings. */
export interface GardensCvParamsParameters {
  cvParams: GardensCvParams;
  /** CVStrategy's `ProposalType`: 0 Signaling, 1 Funding. */
  proposalType: 0 | 1;
  /** CVStrategy's `PointSystem`: 2 Unlimited, one point per base unit staked. */
  pointSystem: 2;
  /** The conviction growth (half-life) the emitted decay gives, in whole seconds, rounded to nearest. */
  effectiveConvictionGrowth: number;
  /** `cvParams` ABI-encoded as the CVParams tuple. */
  encodedCvParams: Hex;
}

/** How far the half-life the 10^7 decay scale can hold may stray from the one asked for before it is an error. */
const mostGrowthDeviation = 0.1;

const times = (a: Fraction, b: Fraction): Fraction => ({
  numerator: a.numerator * b.numerator,
  denominator: a.denominator * b.denominator,
});
const minus = (a: Fraction, b: Fraction): Fraction => ({
  numerator: a.numerator * b.denominator - b.numerator * a.denominator,
  denominator: a.denominator * b.denominator,
});
const plus = (a: Fraction, b: Fraction): Fraction => ({
  numerator: a.numerator * b.denominator + b.numerator * a.denominator,
  denominator: a.denominator * b.denominator,
});
const whole = (n: bigint): Fraction => ({ numerator: n, denominator: 1n });

/**
 * A Gardens v2 conviction-voting pool's CVParams for a conviction node, in Gardens' 10^7 scale, with the same
 * formulas as the Gardens app uses to create a pool (1Hive/gardens-v2, apps/web/components/Forms/PoolForm.tsx and
 * apps/web/utils/numbers.ts), computed exactly instead of in floating point:
 *
 * - decay = ⌊10^7 · 0.5^(blockTime / convictionGrowth)⌋ (see {@link gardensDecay}).
 * - maxRatio = round(10^7 · s / (1 − √m)) for spending limit s and minimum conviction m (calculateMaxRatioNum):
 *   ConvictionsUtils.calculateThreshold needs ρ/(β − r)² < 1 for a request r to pass with all stake behind it, so
 *   the largest request that can pass is β·(1 − √m), which is the spending limit.
 * - weight = round(10^7 · m · s² / (1 − √m)²), that is m · β² with the unrounded β, as the app computes it: the
 *   smallest request then needs m of the pool's maximum conviction.
 * - minThresholdPoints = ⌈m · t · supply⌉ base units, for minimum effective stake t. Gardens v2 replaces 1Hive's
 *   minThresholdStakePercentage with a floor on the threshold, the full conviction of minThresholdPoints
 *   (calculateThreshold's thresholdOverride). With m · t · supply points the floor takes over exactly when less than
 *   t of the supply is staked, as in 1Hive's rule, and the smallest request needs what it did there; larger requests
 *   get the same floor, where 1Hive's grew with the request. Rounded up, so the floor is never below the rule.
 *
 * maxRatio and weight round to nearest, halves up, as the app's Math.round; they are decided with exact rational
 * comparisons (√m never computed), so Charter and the app agree wherever the app's floating point is right.
 * Stakers must be token holders, whose points are their staked base units (PointSystem.Unlimited).
 */
export function gardensCvParams(input: GardensCvParamsInput): TargetResult<GardensCvParamsParameters> {
  const { conviction, voters, chain } = input;
  const p = conviction.params;
  const name = nodeNameWords(conviction);
  const diagnostics: Diagnostic[] = [];
  const outOfRange = (message: Said, field: string) =>
    diagnostics.push(createDiagnostic('target-out-of-range', message, { nodeId: conviction.id, field }));

  const stakers = voterPart(voters, 'gardens');
  const holders = stakers?.part === 'stakers' ? stakers.node : undefined;
  if (!holders)
    diagnostics.push(
      createDiagnostic(
        'target-unsupported',
        say('gardens.stakers', {
          node: name,
          voters: voters ? nodeNameWords(voters) : { en: 'no stakers', ko: '스테이커 없음' },
        }),
        { nodeId: conviction.id, port: 'voters' },
      ),
    );

  const s = percentToFraction(p.spendingLimit);
  const m = percentToFraction(p.minimumConviction);
  const t = percentToFraction(p.minThresholdStake);
  const sf = Number(p.spendingLimit) / 100;
  const mf = Number(p.minimumConviction) / 100;
  const scale = whole(gardensScale);
  let maxRatio = 0n;
  let weight = 0n;
  if (m.numerator >= m.denominator)
    outOfRange(
      say('gardens.minimum-conviction', { node: name, share: formatPercent(p.minimumConviction) }),
      'params.minimumConviction',
    );
  else {
    // x ≥ b ⟺ 10^7·s − b + b·√m ≥ 0, as 1 − √m > 0.
    maxRatio = roundToNearest(
      (b) => surdSign(minus(times(scale, s), b), b, m) >= 0,
      (1e7 * sf) / (1 - Math.sqrt(mf)),
    );
    // x ≥ b ⟺ 10^7·m·s² − b·(1 + m) + 2b·√m ≥ 0, as (1 − √m)² > 0.
    weight = roundToNearest(
      (b) =>
        surdSign(minus(times(scale, times(m, times(s, s))), times(b, plus(whole(1n), m))), plus(b, b), m) >=
        0,
      (1e7 * mf * sf * sf) / (1 - Math.sqrt(mf)) ** 2,
    );
    if (maxRatio === 0n)
      outOfRange(
        say('gardens.spending-limit', { node: name, share: formatPercent(p.spendingLimit) }),
        'params.spendingLimit',
      );
  }

  const decay = gardensDecay(chain.blockTime, p.convictionGrowth);
  const effective =
    decay === 0n ? 0 : (chain.blockTime * Math.LN2) / -Math.log(Number(decay) / Number(gardensScale));
  if (Math.abs(effective - p.convictionGrowth) > mostGrowthDeviation * p.convictionGrowth)
    outOfRange(
      say('gardens.decay', {
        node: name,
        growth: { en: formatDuration(p.convictionGrowth), ko: formatDuration(p.convictionGrowth, 'ko') },
        blockTime: chain.blockTime,
        decay: String(decay),
        effective: {
          en: formatDuration(Math.round(effective)),
          ko: formatDuration(Math.round(effective), 'ko'),
        },
      }),
      'params.convictionGrowth',
    );

  if (diagnostics.length > 0 || !holders) return { ok: false, diagnostics };
  const supply = toBaseUnits(holders.params.token.totalSupply, holders.params.token.decimals);
  // ConvictionsUtils.calculateConviction multiplies the stake by D · 2^128 in 256 bits (checked): past this, staking
  // reverts, so the pool would freeze once that much backed one proposal.
  if (supply * gardensScale * 2n ** 128n > 2n ** 256n - 1n)
    return {
      ok: false,
      diagnostics: [
        createDiagnostic(
          'target-out-of-range',
          say('gardens.supply-overflow', {
            node: name,
            most: ((2n ** 256n - 1n) / (gardensScale * 2n ** 128n)).toLocaleString('en-US'),
            symbol: holders.params.token.symbol,
            supply: holders.params.token.totalSupply,
          }),
          { nodeId: conviction.id, port: 'voters' },
        ),
      ],
    };
  const points = times(whole(supply), times(m, t));
  const minThresholdPoints = (points.numerator + points.denominator - 1n) / points.denominator;
  const cvParams: GardensCvParams = { maxRatio, weight, decay, minThresholdPoints };
  return {
    ok: true,
    parameters: {
      cvParams,
      proposalType: p.proposalKind === 'funding' ? 1 : 0,
      pointSystem: 2,
      effectiveConvictionGrowth: Math.round(effective),
      encodedCvParams: encodeAbiParameters(cvParamsAbi, [cvParams]),
    },
  };
}
