import { encodeAbiParameters, type Hex } from 'viem';
import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { formatDuration } from '../../format/format-duration.ts';
import { formatPercent } from '../../format/format-percent.ts';
import { nodeName } from '../../format/node-name.ts';
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
  const name = nodeName(conviction);
  const diagnostics: Diagnostic[] = [];
  const outOfRange = (message: string, field: string) =>
    diagnostics.push(
      createDiagnostic('target-out-of-range', `${name}: ${message}`, { nodeId: conviction.id, field }),
    );

  const stakers = voterPart(voters, 'gardens');
  const holders = stakers?.part === 'stakers' ? stakers.node : undefined;
  if (!holders)
    diagnostics.push(
      createDiagnostic(
        'target-unsupported',
        `${name}: Charter runs conviction on Gardens with token holders staking their tokens, one point per ` +
          `token; it cannot yet set up a Gardens pool for ${voters ? nodeName(voters) : 'no stakers'}.`,
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
      `a minimum conviction of ${formatPercent(p.minimumConviction)} leaves no request able to pass: even the ` +
        'smallest would need all the conviction the pool can hold. Gardens takes less than 100%.',
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
        `a spending limit of ${formatPercent(p.spendingLimit)} is below what Gardens' 10^7 scale can hold, so no ` +
          'request could pass.',
        'params.spendingLimit',
      );
  }

  const decay = gardensDecay(chain.blockTime, p.convictionGrowth);
  const effective =
    decay === 0n ? 0 : (chain.blockTime * Math.LN2) / -Math.log(Number(decay) / Number(gardensScale));
  if (Math.abs(effective - p.convictionGrowth) > mostGrowthDeviation * p.convictionGrowth)
    outOfRange(
      `Gardens keeps conviction's decay per block in 10^7ths, too coarse for a conviction growth of ` +
        `${formatDuration(p.convictionGrowth)} with ${chain.blockTime}-second blocks: the nearest decay it holds, ` +
        `${decay}, gives ${formatDuration(Math.round(effective))}.`,
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
          `${name}: Gardens computes conviction in 256-bit integers, which overflow once more than ` +
            `${((2n ** 256n - 1n) / (gardensScale * 2n ** 128n)).toLocaleString('en-US')} base units back one ` +
            `proposal; ${holders.params.token.symbol}'s supply of ${holders.params.token.totalSupply} tokens is ` +
            'more, so a proposal with most of it behind it could never be supported or paid. Use a token with a ' +
            'smaller supply or fewer decimals.',
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
