import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quadraticFunding } from '../../compiler/simulate/mechanisms/quadratic-funding.ts';

// Gitcoin's worked example: gitcoinco/grants-stack, packages/api/docs/linearQF.md, "QF Calculation Example" and
// "if match cap is 0.5"; the same numbers are the tests of gitcoinco/pluralistic.js (src/test/linear.test.ts),
// there in USDC base units (6 decimals).
const amounts = { A: [1, 4, 1, 9], B: [1, 1, 1, 1, 1, 1, 4], C: [1, 9, 1, 9, 1, 9, 4] };
const contributions = (unit: bigint) =>
  Object.entries(amounts).flatMap(([project, list]) =>
    list.map((amount, i) => ({ project, contributor: `sender_${i + 1}`, amount: BigInt(amount) * unit })),
  );
const USDC = 10n ** 6n;
const E18 = 10n ** 18n;

describe("Gitcoin's linear quadratic funding", () => {
  it('splits a pool of 100 as 13.6, 21.6 and 64.8 (ideal matches 34, 54 and 162)', () => {
    const result = quadraticFunding({ pool: 100n * E18, contributions: contributions(E18) });
    expect(result.ideal).toEqual({ A: 34n * E18, B: 54n * E18, C: 162n * E18 });
    expect(result.matches).toEqual({ A: 136n * 10n ** 17n, B: 216n * 10n ** 17n, C: 648n * 10n ** 17n });
    expect(result).toMatchObject({ saturated: true, distributed: 100n * E18 });
  });

  it('with a 50% cap gives C 50 and shares the 14.8 over among A and B: 19.318181 and 30.681818', () => {
    const result = quadraticFunding({
      pool: 100n * USDC,
      cap: { percent: '50' },
      contributions: contributions(USDC),
    });
    expect(result.matches).toEqual({ A: 19_318_181n, B: 30_681_818n, C: 50_000_000n });
    expect(result.distributed).toBe(99_999_999n);
    const byAmount = quadraticFunding({
      pool: 100n * USDC,
      cap: { amount: 50n * USDC },
      contributions: contributions(USDC),
    });
    expect(byAmount.matches).toEqual(result.matches);
  });

  it('does not scale ideal matches up when the round is not saturated, unless asked to', () => {
    const notSaturated = quadraticFunding({ pool: 1000n * USDC, contributions: contributions(USDC) });
    expect(notSaturated.matches).toEqual({ A: 34n * USDC, B: 54n * USDC, C: 162n * USDC });
    expect(notSaturated).toMatchObject({ saturated: false, distributed: 250n * USDC });
    const forced = quadraticFunding({
      pool: 1000n * USDC,
      contributions: contributions(USDC),
      ignoreSaturation: true,
    });
    expect(forced.matches).toEqual({ A: 136n * USDC, B: 216n * USDC, C: 648n * USDC });
  });

  it('gives nothing to a project with one contributor, and adds up contributions per contributor first', () => {
    const result = quadraticFunding({
      pool: 100_000n,
      contributions: [
        { project: 'p1', contributor: 's1', amount: 100n },
        { project: 'p2', contributor: 's2', amount: 200n },
        { project: 'p2', contributor: 's2', amount: 200n },
      ],
    });
    expect(result.matches).toEqual({ p1: 0n, p2: 0n });
  });

  it('ignores contributions under the minimum', () => {
    const result = quadraticFunding({
      pool: 100n,
      minContribution: 2n,
      contributions: [
        { project: 'p', contributor: 'a', amount: 1n },
        { project: 'p', contributor: 'b', amount: 4n },
        { project: 'p', contributor: 'c', amount: 4n },
      ],
    });
    expect(result.ideal).toEqual({ p: 8n }); // (2 + 2)² − 8
  });

  it('never pays more than the pool or the cap, and does not depend on the order of contributions', () => {
    const contribution = fc.record({
      project: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      contributor: fc.constantFrom('1', '2', '3', '4', '5', '6'),
      amount: fc.bigInt({ min: 0n, max: 10n ** 21n }),
    });
    fc.assert(
      fc.property(
        fc.array(contribution, { maxLength: 40 }),
        fc.bigInt({ min: 0n, max: 10n ** 22n }),
        fc.option(fc.constantFrom('10', '25', '33.3333', '50', '100'), { nil: undefined }),
        fc.boolean(),
        (list, pool, capPercent, ignoreSaturation) => {
          const parameters = {
            pool,
            contributions: list,
            cap: capPercent ? { percent: capPercent } : null,
            ignoreSaturation,
          };
          const result = quadraticFunding(parameters);
          const matches = Object.values(result.matches);
          expect(matches.reduce((a, b) => a + b, 0n) <= pool).toBe(true);
          if (capPercent)
            for (const match of matches)
              expect(match * 100_0000n <= pool * BigInt(Math.round(Number(capPercent) * 10_000))).toBe(true);
          expect(quadraticFunding({ ...parameters, contributions: [...list].reverse() }).matches).toEqual(
            result.matches,
          );
        },
      ),
    );
  });
});
