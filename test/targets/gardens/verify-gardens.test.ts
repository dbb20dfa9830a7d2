import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../compiler/simulate/simulate.ts';
import { verifyGardens } from '../../../compiler/verify/gardens/verify-gardens.ts';

const template = () =>
  JSON.parse(
    readFileSync(
      new URL('../../../rules-schema/examples/conviction-fund.charter.json', import.meta.url),
      'utf8',
    ),
  );

describe('verifyGardens: the simulator replayed on the pool contract', () => {
  it('agrees on every sample proposal of both conviction-fund pools, on Gnosis and on Arbitrum', () => {
    for (const chain of [undefined, { chainId: 42161, blockTime: 0.25, clockMode: 'blocknumber' }]) {
      const document = template();
      if (chain) document.chain = chain;
      const result = verifyGardens(document, { scenarios: 30 });
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
    const result = verifyGardens(template(), { scenarios: 10, simulate: early });
    const failed = result.units[0]!.checks.find((check) => check.mismatch)!;
    const block = Number(/at block (\d+)/.exec(failed.summary)![1]);
    expect(failed.mismatch).toEqual({ field: 'block', simulator: String(block - 1), real: String(block) });
  });

  it('says why a document without a pool cannot be verified', () => {
    const document = JSON.parse(
      readFileSync(
        new URL('../../../rules-schema/examples/token-governor.charter.json', import.meta.url),
        'utf8',
      ),
    );
    expect(verifyGardens(document)).toEqual({
      target: 'gardens',
      units: [],
      notVerifiable: 'the document deploys no Gardens pool',
    });
  });
});
