import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../compiler/compile/compile.ts';
import type { CharterConfig } from '../../../compiler/generated/charter-config.ts';
import { simulate } from '../../../compiler/simulate/simulate.ts';

type Pool = { decision: string; blockTime: number; cvParams: { decay: string } };

/** The conviction-fund template (2-day conviction growth) moved to another chain. */
function templateOn(chainId: number, blockTime: number): CharterConfig {
  const document = JSON.parse(
    readFileSync(
      new URL('../../../rules-schema/examples/conviction-fund.charter.json', import.meta.url),
      'utf8',
    ),
  );
  document.chain = { ...document.chain, chainId, blockTime };
  const result = compile(document);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.config;
}

const fundPool = (config: CharterConfig) =>
  (config.targets.gardens!.parameters as { pools: Pool[] }).pools.find((pool) => pool.decision === 'fund')!;

/** Days for conviction to reach half its maximum when block.number advances every `seconds`. */
const halfLifeDays = (decay: bigint, seconds: number) =>
  (seconds * Math.LN2) / -Math.log(Number(decay) / 1e7) / 86_400;

describe('gardens on Arbitrum: conviction decays per Ethereum block', () => {
  it.each([42161, 42170, 421614])(
    'chain %i with 0.25 s blocks: decay ⌊10^7 · 0.5^(12 / 172,800)⌋ = 9,999,518, half its maximum after 2 days',
    (chainId) => {
      // By hand: 0.5^(12/172800) = e^(−4.81352·10^−5) = 0.999951866; ×10^7, rounded down: 9,999,518. With 12 s per
      // block.number, −ln(0.9999518) = 4.82012·10^−5 gives 12 · 0.693147 / 4.82012·10^−5 = 172,563 s = 1.997 days.
      // Computed from 0.25 s blocks it was 9,999,989: 12 · 0.693147 / 1.1·10^−6 s = 87.5 days.
      const pool = fundPool(templateOn(chainId, 0.25));
      expect(pool.cvParams.decay).toBe('9999518');
      expect(pool.blockTime).toBe(12);
      expect(halfLifeDays(BigInt(pool.cvParams.decay), 12)).toBeCloseTo(1.997, 3);
    },
  );

  it('elsewhere the chain block time still sets the decay: Gnosis, 5 s blocks, 9,999,799', () => {
    const pool = fundPool(templateOn(100, 5));
    expect([pool.cvParams.decay, pool.blockTime]).toEqual(['9999799', 5]);
  });

  it('the preview times a proposal on Arbitrum in 12-second blocks', () => {
    const config = templateOn(42161, 0.25);
    const trace = simulate(config, {
      seed: 1,
      electorates: { stakers: { distribution: 'csv', csv: `0x${'1'.repeat(40)},${300_000n * 10n ** 18n}` } },
      turnout: 1,
      preference: { for: 1, against: 0, abstain: 0 },
      funds: String(100_000n * 10n ** 18n),
      proposals: [{ type: 'funding', amount: String(5_000n * 10n ** 18n) }],
    }).proposals[0]!;
    expect(trace.end).toBe('pay');
    // 300,000 of 1,000,000 SEED staked for 5% of the pool needs 1 − 2^(−t/2 days) of its full conviction to reach
    // ρ/(β − r/R)² = 0.0003527 / (0.1187809 − 0.05)² = 0.0745 of the staked points: t = −2 · log2(1 − 0.0745) days
    // = 0.2233 days, 1,608 blocks of 12 seconds (with 0.25-second ones it was 48 times as many blocks, at 0.25 s).
    expect(trace.executableAfter! % 12).toBe(0);
    expect(trace.executableAfter! / 86_400).toBeCloseTo(0.2233, 3);
  });
});
