import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../compiler/compile/compile.ts';
import type { CharterConfig } from '../../../compiler/generated/charter-config.ts';
import { convictionGardens } from '../../../compiler/simulate/mechanisms/conviction-gardens.ts';
import { simulate } from '../../../compiler/simulate/simulate.ts';
import { replayPool } from '../../../compiler/verify/gardens/replay-pool.ts';
import { verifyGardens } from '../../../compiler/verify/gardens/verify-gardens.ts';

const template = () =>
  JSON.parse(
    readFileSync(
      new URL('../../../rules-schema/examples/conviction-fund.charter.json', import.meta.url),
      'utf8',
    ),
  );

/** The config a document compiles to (the verifier replays a compiled config, as `charter verify` gives it). */
function compiled(document: unknown): CharterConfig {
  const result = compile(document);
  if (!result.ok) throw new Error(`does not compile: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  return result.config;
}

describe('verifyGardens: the simulator replayed on the pool contract', () => {
  it('agrees on every sample proposal of both conviction-fund pools, on Gnosis and on Arbitrum', () => {
    for (const chain of [undefined, { chainId: 42161, blockTime: 0.25, clockMode: 'blocknumber' }]) {
      const document = template();
      if (chain) document.chain = chain;
      const result = verifyGardens(compiled(document), { scenarios: 30 });
      expect(result.notVerifiable).toBeUndefined();
      expect(result.units.map((unit) => unit.unit)).toEqual(['fund', 'signal']);
      for (const unit of result.units) {
        expect(unit.checks).toHaveLength(30);
        expect(unit.checks.filter((check) => check.mismatch)).toEqual([]);
      }
      // Both outcomes are exercised: requests that pass at a block and requests that never can.
      const fund = result.units[0]!.checks.map((check) => check.summary);
      expect(fund.some((summary) => /goes through at block \d+, not at \d+$/.test(summary))).toBe(true);
      expect(fund.some((summary) => /never|reverts/.test(summary))).toBe(true);
    }
  });

  it('names the first disagreement: a simulator that passes one block early is caught at that block', () => {
    const early: typeof simulate = (config, scenario, options) => {
      const result = simulate(config, scenario, options);
      for (const trace of result.proposals)
        for (const step of trace.steps)
          if (step.node === 'fund' && step.threshold?.met && step.until > step.at)
            step.until -= config.chain.blockTime;
      return result;
    };
    const result = verifyGardens(compiled(template()), { scenarios: 10, simulate: early });
    const failed = result.units[0]!.checks.find((check) => check.mismatch)!;
    const block = Number(/at block (\d+)/.exec(failed.summary)![1]);
    expect(failed.mismatch).toEqual({ field: 'block', simulator: String(block - 1), real: String(block) });
  });

  it('finds the first block far out: a stake that needs 99% of its full conviction, about 6.6 half-lives', () => {
    // The template's pool. A request of one base unit from a stake of 5,050.5 SEED: the floor, the full conviction of
    // minThresholdPoints (5,000 SEED), is above ρ/β² = 2.5% of it, so conviction must reach 5,000 / 5,050.5 = 99% of
    // its full value: 1 − 2^(−t/h) = 0.99, t = log2(100) = 6.64 half-lives of 34,485 blocks (2 days of 5 s blocks).
    const pool = {
      proposalType: 1 as const,
      cvParams: {
        decay: '9999799',
        maxRatio: '1187809',
        weight: '3527',
        minThresholdPoints: String(5_000n * 10n ** 18n),
      },
    };
    const stake = 50_505n * 10n ** 17n;
    const replay = replayPool(pool, { stake, requested: 1n, poolAmount: 1_000_000n * 10n ** 18n });
    expect(replay.block! / 34_485).toBeCloseTo(6.64, 1);
    const threshold = BigInt(replay.threshold);
    const conviction = (block: number) =>
      convictionGardens.calculateConviction(BigInt(block), 0n, stake, 9_999_799n)!;
    expect(conviction(replay.block!) > threshold && conviction(replay.block! - 1) <= threshold).toBe(true);
  });

  it('says why a document without a pool cannot be verified', () => {
    const document = JSON.parse(
      readFileSync(
        new URL('../../../rules-schema/examples/token-governor.charter.json', import.meta.url),
        'utf8',
      ),
    );
    expect(verifyGardens(compiled(document))).toEqual({
      target: 'gardens',
      units: [],
      notVerifiable: 'the document deploys no Gardens pool',
    });
  });
});
