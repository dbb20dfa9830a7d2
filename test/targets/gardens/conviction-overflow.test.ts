import { describe, expect, it } from 'vitest';
import { convictionGardens } from '../../../compiler/simulate/mechanisms/conviction-gardens.ts';
import { gardensCvParams } from '../../../compiler/targets/gardens/gardens-cv-params.ts';
import { node } from '../aragon/nodes.ts';

const stakers = (supply: string) =>
  node(
    'token-holders',
    'stakers',
    { token: { symbol: 'MEME', decimals: 18, totalSupply: supply } },
    'MEME holders',
  );
const fund = node(
  'conviction',
  'fund',
  { fundsAsset: { symbol: 'MEME', decimals: 18 }, convictionGrowth: 172_800, spendingLimit: '10' },
  'Conviction: funding',
);

describe('gardens: conviction that overflows the contract', () => {
  // calculateConviction computes _oldAmount · D · (2^128 − a^t · 2^128) in checked 256-bit arithmetic: it reverts
  // once the stake exceeds (2^256 − 1) / (10^7 · 2^128) = 2^128 / 10^7 ≈ 3.4028 · 10^31 base units, about 34 trillion
  // tokens of 18 decimals, once enough blocks have passed for a^t to near 0 (here 2^30 blocks).
  it('the contract reverts on a stake of 10^32 base units held long enough, and not on 3.4 · 10^31', () => {
    const long = 1n << 30n;
    expect(convictionGardens.calculateConviction(1n, 0n, 10n ** 32n, 9_999_799n)).toBe(10n ** 32n);
    expect(convictionGardens.calculateConviction(long, 0n, 10n ** 32n, 9_999_799n)).toBeUndefined();
    // Full conviction: 3.4 · 10^31 · 10^7 / 201, rounded.
    expect(convictionGardens.calculateConviction(long, 0n, 34n * 10n ** 30n, 9_999_799n)).toBe(
      (34n * 10n ** 37n + 100n) / 201n,
    );
  });

  it('refuses a pool whose token supply could overflow it: 100 trillion tokens, not 10 trillion', () => {
    const at = (supply: string) =>
      gardensCvParams({ conviction: fund, voters: stakers(supply), chain: { blockTime: 5 } });
    const refused = at('100000000000000');
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.diagnostics.map((d) => [d.code, d.message])).toEqual([
      [
        'target-out-of-range',
        "Conviction: funding: Gardens computes conviction in 256-bit integers, which overflow once more than 34,028,236,692,093,846,346,337,460,743,176 base units back one proposal; MEME's supply of 100000000000000 tokens is more, so a proposal with most of it behind it could never be supported or paid. Use a token with a smaller supply or fewer decimals.",
      ],
    ]);
    expect(at('10000000000000').ok).toBe(true);
  });
});
