import { decodeAbiParameters } from 'viem';
import { describe, expect, it } from 'vitest';
import type { ConvictionParams } from '../../../compiler/generated/charter-document.ts';
import { cvParamsAbi } from '../../../compiler/targets/gardens/cv-params-abi.ts';
import {
  type GardensCvParamsInput,
  gardensCvParams,
} from '../../../compiler/targets/gardens/gardens-cv-params.ts';
import { gardensDecay } from '../../../compiler/targets/gardens/gardens-decay.ts';
import { accounts, node } from '../aragon/nodes.ts';

// Expected values were computed independently with Python's decimal module at 100 significant digits:
// ⌊10^7 · 0.5^(t/h)⌋, round(10^7 · s / (1 − √m)) and round(10^7 · m · s² / (1 − √m)²).

const seed = (supply = '1000000', decimals = 18) =>
  node(
    'token-holders',
    'stakers',
    { token: { symbol: 'SEED', decimals, totalSupply: supply } },
    'SEED holders',
  );

/** The conviction-fund template: 1Hive's Gardens defaults on Gnosis Chain (5-second blocks). */
const fund = (params: Partial<ConvictionParams> = {}) =>
  node(
    'conviction',
    'fund',
    {
      fundsAsset: { symbol: 'SEED', decimals: 18 },
      convictionGrowth: 172_800,
      spendingLimit: '10',
      minimumConviction: '2.5',
      minThresholdStake: '20',
      ...params,
    },
    'Conviction: funding',
  );

function input(overrides: Partial<GardensCvParamsInput> = {}): GardensCvParamsInput {
  return { conviction: fund(), voters: seed(), chain: { blockTime: 5 }, ...overrides };
}

function ok(overrides: Partial<GardensCvParamsInput> = {}) {
  const result = gardensCvParams(input(overrides));
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.parameters;
}

function messages(overrides: Partial<GardensCvParamsInput> = {}): string[] {
  const result = gardensCvParams(input(overrides));
  if (result.ok) throw new Error(`expected diagnostics, got ${JSON.stringify(result.parameters, String)}`);
  return result.diagnostics.map((d) => `${d.code} ${d.field ?? d.port ?? ''}: ${d.message}`);
}

describe('gardensCvParams', () => {
  it("gives 1Hive's defaults (48 h growth, 10 %, 2.5 %, 20 % of 1,000,000 SEED) in Gardens' 10^7 scale", () => {
    const parameters = ok();
    expect(parameters).toEqual({
      cvParams: {
        decay: 9_999_799n,
        maxRatio: 1_187_809n,
        weight: 3_527n,
        minThresholdPoints: 5_000n * 10n ** 18n,
      },
      proposalType: 1,
      pointSystem: 2,
      effectiveConvictionGrowth: 172_423,
      encodedCvParams: expect.stringMatching(/^0x[0-9a-f]{256}$/),
    });
    expect(decodeAbiParameters(cvParamsAbi, parameters.encodedCvParams)).toEqual([parameters.cvParams]);
  });

  it("gives the Gardens app's recommended pool (25 %, 10 %, 10 days at 12-second blocks)", () => {
    const recommended = fund({ spendingLimit: '25', minimumConviction: '10', convictionGrowth: 864_000 });
    expect(ok({ conviction: recommended, chain: { blockTime: 12 } }).cvParams).toEqual({
      decay: 9_999_903n,
      maxRatio: 3_656_188n,
      weight: 133_677n,
      minThresholdPoints: 20_000n * 10n ** 18n,
    });
  });

  it('is exact where √m is rational, and rounds halves up as the app does', () => {
    expect(ok({ conviction: fund({ minimumConviction: '25' }) }).cvParams).toMatchObject({
      maxRatio: 2_000_000n,
      weight: 100_000n,
    });
    // 10^7 · 0.00000015 = 1.5 exactly, with no minimum conviction.
    expect(
      ok({ conviction: fund({ spendingLimit: '0.000015', minimumConviction: '0' }) }).cvParams,
    ).toMatchObject({ maxRatio: 2n, weight: 0n, minThresholdPoints: 0n });
  });

  it('rounds the minimum threshold points up to a whole base unit', () => {
    expect(ok({ voters: seed('3', 0) }).cvParams.minThresholdPoints).toBe(1n); // 3 · 2.5 % · 20 % = 0.015
    expect(ok({ voters: seed('200', 0) }).cvParams.minThresholdPoints).toBe(1n); // exactly 1
    expect(ok({ voters: seed('201', 0) }).cvParams.minThresholdPoints).toBe(2n); // 1.005
  });

  it('makes a signaling pool with the same conviction settings', () => {
    const signal = ok({ conviction: fund({ proposalKind: 'signaling' }) });
    expect([signal.proposalType, signal.cvParams]).toEqual([0, ok().cvParams]);
  });

  it('refuses a minimum conviction of 100 % and a spending limit too small for the scale', () => {
    expect(messages({ conviction: fund({ minimumConviction: '100' }) })).toEqual([
      'target-out-of-range params.minimumConviction: Conviction: funding: a minimum conviction of 100% leaves no ' +
        'request able to pass: even the smallest would need all the conviction the pool can hold. Gardens takes ' +
        'less than 100%.',
    ]);
    expect(
      ok({ conviction: fund({ minimumConviction: '99.9', spendingLimit: '100' }) }).cvParams,
    ).toMatchObject({
      maxRatio: 19_994_998_749n,
      weight: 39_940_017_501_250n,
    });
    expect(messages({ conviction: fund({ spendingLimit: '0' }) })).toEqual([
      "target-out-of-range params.spendingLimit: Conviction: funding: a spending limit of 0% is below what Gardens' " +
        '10^7 scale can hold, so no request could pass.',
    ]);
    expect(ok({ conviction: fund({ spendingLimit: '0.00001' }) }).cvParams.maxRatio).toBe(1n);
  });

  it('refuses a conviction growth the 10^7 decay scale cannot hold within 10 %', () => {
    expect(messages({ conviction: fund({ convictionGrowth: 315_360_000 }) })).toEqual([
      "target-out-of-range params.convictionGrowth: Conviction: funding: Gardens keeps conviction's decay per " +
        'block in 10^7ths, too coarse for a conviction growth of 3650 days with 5-second blocks: the nearest ' +
        'decay it holds, 9999999, gives 401 days 3 hours 2 minutes 37 seconds.',
    ]);
    expect(
      messages({ conviction: fund({ convictionGrowth: 2_592_000 }), chain: { blockTime: 0.25 } }),
    ).toEqual([
      "target-out-of-range params.convictionGrowth: Conviction: funding: Gardens keeps conviction's decay per " +
        'block in 10^7ths, too coarse for a conviction growth of 30 days with 0.25-second blocks: the nearest ' +
        'decay it holds, 9999999, gives 20 days 1 hour 21 minutes 8 seconds.',
    ]);
    const week = ok({ conviction: fund({ convictionGrowth: 604_800 }), chain: { blockTime: 0.25 } });
    expect([week.cvParams.decay, week.effectiveConvictionGrowth]).toEqual([9_999_997n, 577_623]);
  });

  it('needs token holders as stakers', () => {
    const team = node('signers', 'team', { signers: [accounts[0]] }, 'Core team');
    expect(messages({ voters: team })).toEqual([
      'target-unsupported voters: Conviction: funding: Charter runs conviction on Gardens with token holders ' +
        'staking their tokens, one point per token; it cannot yet set up a Gardens pool for Core team.',
    ]);
  });
});

describe('gardensDecay', () => {
  it('is ⌊10^7 · 0.5^(blockTime / halfLife)⌋ exactly', () => {
    expect(gardensDecay(5, 172_800)).toBe(9_999_799n);
    expect(gardensDecay(12, 604_800)).toBe(9_999_862n);
    expect(gardensDecay(2, 864_000)).toBe(9_999_983n);
    expect(gardensDecay(5, 604_800)).toBe(9_999_942n);
    expect(gardensDecay(5, 315_360_000)).toBe(9_999_999n);
  });

  it('agrees with integer roots: a half-life of two blocks is 10^7/√2, of three blocks 10^7/∛2', () => {
    expect(gardensDecay(5, 10)).toBe(7_071_067n); // ⌊√(5·10^13)⌋
    expect(gardensDecay(1, 3)).toBe(7_937_005n); // ⌊∛(5·10^20)⌋
  });

  it('halves exactly per half-life when the half-life is a whole number of blocks', () => {
    expect(gardensDecay(5, 5)).toBe(5_000_000n);
    expect(gardensDecay(12, 1)).toBe(2_441n); // ⌊10^7 / 2^12⌋
    expect(gardensDecay(12, 4)).toBe(1_250_000n);
  });
});
