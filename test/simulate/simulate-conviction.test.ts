import { describe, expect, it } from 'vitest';
import type { CharterConfig } from '../../compiler/generated/charter-config.ts';
import { convictionGardens } from '../../compiler/simulate/mechanisms/conviction-gardens.ts';
import { simulate } from '../../compiler/simulate/simulate.ts';
import { compiledTemplate } from './compiled.ts';

const fund: CharterConfig = compiledTemplate('conviction-fund');
const E18 = 10n ** 18n;
const funds = 100_000n * E18;

describe('simulate: conviction funding on the conviction-fund template', () => {
  const run = (stake: bigint, requested: bigint) =>
    simulate(fund, {
      seed: 1,
      electorates: { stakers: { distribution: 'csv', csv: `0x${'1'.repeat(40)},${stake}` } },
      turnout: 1,
      preference: { for: 1, against: 0, abstain: 0 },
      funds: String(funds),
      proposals: [{ type: 'funding', amount: String(requested) }],
    }).proposals[0]!;

  it('passes at the first block where the Gardens contract says conviction exceeds the threshold', () => {
    const stake = 300_000n * E18;
    const requested = 5_000n * E18;
    const trace = run(stake, requested);
    expect([trace.outcome, trace.end]).toEqual(['executed', 'pay']);
    const blocks = trace.executableAfter! / fund.chain.blockTime;
    expect(Number.isInteger(blocks) && blocks > 0).toBe(true);
    // The Gardens pool parameters of the template, into the port of Gardens' ConvictionsUtils: distribute at a block
    // goes through when the conviction since the stake at block 0 is strictly above the threshold.
    const pool = {
      decay: 9_999_799n,
      maxRatio: 1_187_809n,
      weight: 3_527n,
      minThresholdPoints: 5_000n * E18,
    };
    const threshold = convictionGardens.calculateThreshold({
      requestedAmount: requested,
      poolAmount: funds,
      totalPointsActivated: stake,
      ...pool,
    })!;
    const at = (block: number) => ({
      threshold,
      passes: convictionGardens.calculateConviction(BigInt(block), 0n, stake, pool.decay)! > threshold,
    });
    expect(at(blocks).passes).toBe(true);
    expect(at(blocks - 1).passes).toBe(false);
    expect(trace.steps[2]).toMatchObject({
      node: 'fund',
      branch: 'decided',
      threshold: { rule: 'conviction > threshold', needed: String(at(blocks).threshold), met: true },
    });
  });

  it('fails a request at or above the spending limit, and one the stake can never carry', () => {
    // β = 0.1187809: 11,878.09 of a 100,000 pool is already too much.
    expect(run(300_000n * E18, 11_878_090n * 10n ** 15n).end).toBe('unfunded');
    expect(run(1n, 5_000n * E18).outcome).toBe('rejected');
  });
});
