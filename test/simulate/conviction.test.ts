import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conviction } from '../../compiler/simulate/mechanisms/conviction.ts';
import { convictionGrowth } from '../../compiler/simulate/mechanisms/conviction-growth.ts';
import { convictionThreshold } from '../../compiler/simulate/mechanisms/conviction-threshold.ts';

// 1Hive's examples: 1Hive/conviction-voting-app, test/conviction-voting.js, with its defaults α = 0.9, β = 0.2,
// ρ = 0.002 (stored ×10^7), minThresholdStakePercentage 20%, a stake token of 45000 supply and a pool of 15000.
const ALPHA = 9_000_000n;
const defaults = { decay: '0.9', maxRatio: '0.2', weight: '0.002', minThresholdStakePercentage: '0.2' };

describe('conviction (1Hive)', () => {
  it.each([
    // [staked, blocks, convictionLast the contract test asserts]
    [1000n, 1, 1000n], // "should allow staking multiple times"
    [1000n, 11, 6862n], // "should allow staking from multiple accounts"
    [30000n, 2, 57000n], // "unstakes staked tokens when contract paused"
    [15000n, 3, 40650n], // "... from abstain proposal then open proposal"
    [7500n, 7, 39128n], // "... from many open proposals"
    [7500n, 47, 74470n], // "... from many open and executed proposals"
  ])('%i tokens staked for %i blocks build %i conviction', (staked, blocks, expected) => {
    expect(convictionGrowth(blocks, 0n, staked, ALPHA)).toBe(expected);
  });

  it('sets the threshold for 1000 of a 15000 pool at 10125 (Math.round of the float formula in the test)', () => {
    // ρ · S / (1 − α) / (β − r/R)² with S = max(0 staked, 20% of 45000) = 9000: 0.002 · 9000 / 0.1 / (0.2 − 1/15)² = 10125.
    const threshold = convictionThreshold({
      requested: 1000n,
      funds: 15000n,
      totalStaked: 0n,
      supply: 45000n,
      decay: ALPHA,
      maxRatio: 2_000_000n,
      weight: 20_000n,
      minThresholdStakePercentage: 2n * 10n ** 17n,
    });
    expect(threshold).toBe(10125n);
  });

  it('passes "transfers funds and finalises when enough conviction": 10000 staked for 40 blocks', () => {
    const base = { ...defaults, supply: 45000n, funds: 15000n, requested: 1000n, totalStaked: 10000n };
    const result = conviction({ ...base, stakes: [{ at: 100, amount: 10000n }], at: 140 });
    expect(result.passes).toBe(true);
    expect(result.conviction).toBe(convictionGrowth(40, 0n, 10000n, ALPHA));
    // "should revert when too little conviction and threshold minimum stake used": 1000 for 20 blocks.
    const tooLittle = conviction({
      ...base,
      totalStaked: 1000n,
      stakes: [{ at: 100, amount: 1000n }],
      at: 120,
    });
    expect(tooLittle.passes).toBe(false);
  });

  it('reports a request at or above the spending limit as impossible', () => {
    const result = conviction({
      ...defaults,
      supply: 45000n,
      funds: 15000n,
      requested: 3000n,
      totalStaked: 45000n,
      stakes: [{ at: 0, amount: 45000n }],
      at: 10_000,
    });
    expect(result).toEqual({ threshold: undefined, conviction: result.conviction, passes: false });
  });

  it('updates conviction once per block, with the stake from before the block, as the contract does', () => {
    const stakes = [
      { at: 10, amount: 600n },
      { at: 15, amount: 400n },
      { at: 15, amount: -100n },
      { at: 30, amount: -300n },
    ];
    const y15 = convictionGrowth(5, 0n, 600n, ALPHA);
    const y30 = convictionGrowth(15, y15, 900n, ALPHA);
    const y40 = convictionGrowth(10, y30, 600n, ALPHA);
    const result = conviction({
      ...defaults,
      supply: 10_000n,
      funds: 10_000n,
      requested: 100n,
      totalStaked: 600n,
      stakes,
      at: 40,
    });
    expect(result.conviction).toBe(y40);
    expect(
      conviction({
        ...defaults,
        supply: 10_000n,
        funds: 10_000n,
        requested: 100n,
        totalStaked: 600n,
        stakes: [...stakes].reverse(),
        at: 40,
      }).conviction,
    ).toBe(y40);
  });

  it('agrees with the recurrence y = a · y + x to within the fixed point, and grows toward x / (1 − a)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9_999_999 }),
        fc.bigInt({ min: 0n, max: 10n ** 24n }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        (decay, staked, t1, t2) => {
          const a = BigInt(decay);
          const direct = convictionGrowth(t1 + t2, 0n, staked, a);
          const stepped = convictionGrowth(t2, convictionGrowth(t1, 0n, staked, a), staked, a);
          // Each evaluation rounds a^t in 2^128 fixed point, so the two paths differ by a few units at most.
          const slack = 2n + (staked * 10n ** 7n) / (10n ** 7n - a) / 10n ** 30n;
          expect(direct - stepped <= slack && stepped - direct <= slack).toBe(true);
          expect(direct <= (staked * 10n ** 7n) / (10n ** 7n - a) + 1n).toBe(true);
        },
      ),
    );
    // Exact rational iteration for a = 0.9: y_t = 0.9 · y_{t−1} + x, from y_0 = 0.
    let y = 0n; // scaled by 10^t
    let scale = 1n;
    for (let t = 1; t <= 30; t++) {
      y = 9n * y + 1000n * scale * 10n;
      scale *= 10n;
      const exact = y / scale; // floor
      const fixed = convictionGrowth(t, 0n, 1000n, ALPHA);
      expect(fixed === exact || fixed === exact + 1n, `t = ${t}`).toBe(true);
    }
  });
});
