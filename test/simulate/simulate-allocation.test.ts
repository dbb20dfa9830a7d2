import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CharterConfig } from '../../compiler/generated/charter-config.ts';
import { simulate } from '../../compiler/simulate/simulate.ts';
import { compiledTemplate } from './compiled.ts';

/** The template's config, as `compile` gives it. */
const config = (name: string): CharterConfig => compiledTemplate(name);

const allocationOf = (name: string, type: string, seed: number, options?: string[]) =>
  simulate(config(name), {
    seed,
    turnout: 1,
    proposals: [{ type, ...(options ? { options } : {}) }],
  }).proposals[0]!.steps.find((step) => step.kind === 'budget-split' || step.kind === 'quadratic-funding')!
    .allocation;

describe('simulate: allocations over the proposal options', () => {
  it('cooperative: the budget split gives out exactly the 120,000 USDC budget', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const allocation = allocationOf('cooperative', 'annual-budget', seed, ['Ops', 'Events', 'Grants'])!;
        expect(allocation.map((line) => line.option)).toEqual(['Ops', 'Events', 'Grants']);
        expect(allocation.reduce((sum, line) => sum + BigInt(line.amount), 0n)).toBe(120_000_000_000n);
      }),
      { numRuns: 30 },
    );
  });

  it('grants-qf: matches stay within the 10% cap of the 200,000 USDC pool and never exceed the pool', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const allocation = allocationOf('grants-qf', 'grant-application', seed, ['A', 'B', 'C', 'D'])!;
        let total = 0n;
        for (const line of allocation) {
          expect(BigInt(line.amount) <= 20_000_000_000n).toBe(true);
          total += BigInt(line.amount);
        }
        expect(total <= 200_000_000_000n).toBe(true);
        expect(total > 0n).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('allocates nothing without options', () => {
    expect(allocationOf('grants-qf', 'grant-application', 1)).toBeUndefined();
  });
});
