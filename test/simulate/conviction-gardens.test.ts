import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CharterConfig } from '../../compiler/generated/charter-config.ts';
import { convictionGardens as cv } from '../../compiler/simulate/mechanisms/conviction-gardens.ts';
import { simulate } from '../../compiler/simulate/simulate.ts';
import { compiledTemplate } from './compiled.ts';

const E18 = 10n ** 18n;
const D = 10_000_000n;

/** An exact non-negative rational. */
type Q = { n: bigint; d: bigint };
const q = (n: bigint, d = 1n): Q => ({ n, d });
const add = (a: Q, b: Q): Q => q(a.n * b.d + b.n * a.d, a.d * b.d);
const sub = (a: Q, b: Q): Q => q(a.n * b.d - b.n * a.d, a.d * b.d);
const mul = (a: Q, b: Q): Q => q(a.n * b.n, a.d * b.d);
const div = (a: Q, b: Q): Q => q(a.n * b.d, a.d * b.n);
const pow = (a: Q, t: number): Q => q(a.n ** BigInt(t), a.d ** BigInt(t));
/** |x − exact| ≤ slack, decided exactly. */
const within = (x: bigint, exact: Q, slack: Q) => {
  const gap = sub(q(x), exact);
  const absolute = gap.n < 0n ? q(-gap.n, gap.d) : gap;
  return absolute.n * slack.d <= slack.n * absolute.d;
};

describe("Gardens' ConvictionsUtils, ported: hand-worked values", () => {
  // a = 0.9: conviction after t blocks of a stake x from 0 is x · (1 − 0.9^t) / 0.1.
  it.each([
    [1n, 1000n], // 1000
    [2n, 1900n], // 1000 + 900
    [3n, 2710n], // 1000 + 900 + 810
  ])('calculateConviction(%i blocks, 0, 1000, 0.9) = %i', (blocks, expected) => {
    expect(cv.calculateConviction(blocks, 0n, 1000n, 9_000_000n)).toBe(expected);
  });

  it('keeps a part a^t of the last conviction: 0.9² · 10,000 with nothing staked is 8,100', () => {
    expect(cv.calculateConviction(2n, 10_000n, 0n, 9_000_000n)).toBe(8100n);
  });

  it('getMaxConviction is the stake over 1 − a: 1,000 at a = 0.9 holds at most 10,000', () => {
    expect(cv.getMaxConviction(1000n, 9_000_000n)).toBe(10_000n);
  });

  it('a request for nothing needs ρ/β² of the full conviction: 0.002 / 0.2² · 1,000 / 0.1 = 500, rounded down', () => {
    const threshold = cv.calculateThreshold({
      requestedAmount: 0n,
      poolAmount: 15_000n,
      totalPointsActivated: 1000n,
      decay: 9_000_000n,
      weight: 20_000n,
      maxRatio: 2_000_000n,
      minThresholdPoints: 0n,
    })!;
    expect([499n, 500n]).toContain(threshold);
  });

  it('never goes under the full conviction of minThresholdPoints: 150 points at a = 0.9 make 1,500', () => {
    const threshold = cv.calculateThreshold({
      requestedAmount: 0n,
      poolAmount: 15_000n,
      totalPointsActivated: 1000n,
      decay: 9_000_000n,
      weight: 20_000n,
      maxRatio: 2_000_000n,
      minThresholdPoints: 150n,
    });
    expect(threshold).toBe(1500n);
  });

  it('returns type(uint256).max for a request of maxRatio of the pool or more: 3,000 of 15,000 at β = 0.2', () => {
    const input = {
      poolAmount: 15_000n,
      totalPointsActivated: 1000n,
      decay: 9_000_000n,
      weight: 20_000n,
      maxRatio: 2_000_000n,
      minThresholdPoints: 0n,
    };
    expect(cv.calculateThreshold({ ...input, requestedAmount: 3000n })).toBe(2n ** 256n - 1n);
    expect(cv.calculateThreshold({ ...input, requestedAmount: 2999n })! < 2n ** 200n).toBe(true);
  });
});

describe("Gardens' ConvictionsUtils, ported: against the closed forms in exact rationals", () => {
  it('calculateConviction is a^t · y0 + x · (1 − a^t) / (1 − a) within the rounding of 2^128 fixed point', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 9_999_999n }),
        fc.integer({ min: 0, max: 300 }),
        fc.bigInt({ min: 0n, max: 10n ** 30n }),
        fc.bigInt({ min: 0n, max: 10n ** 27n }),
        (decay, t, y0, x) => {
          const a = q(decay, D);
          const at = pow(a, t);
          const exact = add(mul(at, q(y0)), div(mul(q(x), sub(q(1n), at)), sub(q(1n), a)));
          // Each of the ≤ 2·log2(t) + 2 products in _pow is off by at most half a unit of 2^-128, times the
          // largest term (y0, or x · D / (D − decay)), plus the final rounding.
          const largest = y0 + (x * D) / (D - decay) + 1n;
          const slack = q(largest * 20n * 2n, 1n << 128n);
          return within(cv.calculateConviction(BigInt(t), y0, x, decay)!, exact, add(slack, q(1n)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('calculateThreshold is max(ρ · P / ((1 − a)(β − r/R)²), m / (1 − a)) within its rounding', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 9_999_999n }), // decay
        fc.bigInt({ min: 1n, max: 1_000_000n }), // weight
        fc.bigInt({ min: 100_000n, max: 10_000_000n }), // maxRatio
        fc.bigInt({ min: 1n, max: 10n ** 30n }), // pool
        fc.integer({ min: 0, max: 980 }), // request, in thousandths of (maxRatio − 1%) of the pool
        fc.bigInt({ min: 0n, max: 10n ** 28n }), // points
        fc.bigInt({ min: 0n, max: 10n ** 25n }), // minThresholdPoints
        (decay, weight, maxRatio, pool, share, points, minThresholdPoints) => {
          const requested = (pool * (maxRatio - 100_000n) * BigInt(share)) / (D * 1000n);
          const port = cv.calculateThreshold({
            requestedAmount: requested,
            poolAmount: pool,
            totalPointsActivated: points,
            decay,
            weight,
            maxRatio,
            minThresholdPoints,
          })!;
          const gap = sub(q(maxRatio, D), q(requested, pool));
          const rule = div(mul(q(weight, D), q(points)), mul(sub(q(1n), q(decay, D)), mul(gap, gap)));
          const floor = div(q(minThresholdPoints), sub(q(1n), q(decay, D)));
          const exact = rule.n * floor.d >= floor.n * rule.d ? rule : floor;
          // (β − r/R) ≥ 0.01 is held in 2^64 fixed point, so its truncations move the result by < 2^-49 of it; the
          // last division keeps whole 2^-64ths of a point per activated point, so it moves it by < points / 2^64.
          const slack = add(mul(exact, q(1n, 1n << 49n)), q(points + (2n << 64n), 1n << 64n));
          return within(port, exact, slack);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('simulate on the conviction-fund template uses the Gardens pool it deploys', () => {
  const fund: CharterConfig = compiledTemplate('conviction-fund');
  const run = (stake: bigint, requested: bigint) =>
    simulate(fund, {
      seed: 1,
      electorates: { stakers: { distribution: 'csv', csv: `0x${'1'.repeat(40)},${stake}` } },
      turnout: 1,
      preference: { for: 1, against: 0, abstain: 0 },
      funds: String(1_000_000n * E18),
      proposals: [{ type: 'funding', amount: String(requested) }],
    }).proposals[0]!;

  it("a low stake asking 5% of the pool needs the pool's floor, the full conviction of 5,000 SEED, not 2.98× it", () => {
    // minThresholdPoints = 2.5% × 20% × 1,000,000 SEED = 5,000 SEED; a = 0.9999799, so its full conviction is
    // 5,000 · 10^18 · 10^7 / 201, rounded down (Python: 5000*10**18*10**7//201). 10,000 SEED staked on a 50,000 SEED
    // request: ρ · P / ((1 − a)(β − r/R)²) is 0.0003527 · 10,000 / (0.0000201 · 0.0687809²) ≈ 37,089,000 · 10^18
    // (under the floor), while 1Hive's rule counted 20% of supply as staked: 2.98 times the floor.
    const step = run(10_000n * E18, 50_000n * E18).steps.find((s) => s.node === 'fund')!;
    expect(step.threshold!.needed).toBe('248756218905472636815920398');
  });

  it('passes at the first block where the ported contract lets distribute through, for random stakes and requests', () => {
    const pool = {
      decay: 9_999_799n,
      maxRatio: 1_187_809n,
      weight: 3_527n,
      minThresholdPoints: 5_000n * E18,
    };
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 1_000_000n }),
        fc.bigInt({ min: 1n, max: 120_000n }),
        (stakeTokens, requestTokens) => {
          const stake = stakeTokens * E18;
          const requested = requestTokens * E18;
          const trace = run(stake, requested);
          const threshold = cv.calculateThreshold({
            requestedAmount: requested,
            poolAmount: 1_000_000n * E18,
            totalPointsActivated: stake,
            ...pool,
          })!;
          const conviction = (block: bigint) => cv.calculateConviction(block, 0n, stake, pool.decay)!;
          if (trace.end !== 'pay') return threshold === cv.maxUint256 || conviction(1n << 40n) <= threshold;
          const block = BigInt(trace.executableAfter! / fund.chain.blockTime);
          return conviction(block) > threshold && conviction(block - 1n) <= threshold;
        },
      ),
      { numRuns: 60 },
    );
  });
});
