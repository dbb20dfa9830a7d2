import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetSplit } from '../../compiler/simulate/mechanisms/budget-split.ts';
import { multisig } from '../../compiler/simulate/mechanisms/multisig.ts';
import { optimistic } from '../../compiler/simulate/mechanisms/optimistic.ts';
import { veto } from '../../compiler/simulate/mechanisms/veto.ts';

describe('budgetSplit', () => {
  it('takes the coordinate-wise median and normalises it to the budget', () => {
    // Medians 50, 30, 10 (sum 90), normalised to 1000: 555.5…, 333.3…, 111.1…, rounded by largest remainder.
    const result = budgetSplit({
      budget: 1000n,
      options: 3,
      ballots: [
        { split: [60n, 30n, 10n] },
        { split: [50n, 50n, 0n] },
        { split: [10n, 20n, 70n] },
        { split: [50n, 30n, 20n] },
        { split: [80n, 10n, 10n] },
      ],
    });
    expect(result).toEqual({ allocation: [556n, 333n, 111n], aggregation: 'median', invalid: 0 });
  });

  it('resists an extreme split where the mean gives in to it', () => {
    const ballots = [{ split: [50n, 50n] }, { split: [50n, 50n] }, { split: [100n, 0n] }];
    expect(budgetSplit({ budget: 100n, options: 2, ballots }).allocation).toEqual([50n, 50n]);
    expect(budgetSplit({ budget: 100n, options: 2, ballots, aggregation: 'mean' }).allocation).toEqual([
      67n,
      33n,
    ]);
  });

  it('takes the midpoint at exactly half the weight, and weighs voters', () => {
    // Option 1 gets 100, 0, 50, 75: the middle two are 50 and 75, so 62.5; option 2, 37.5; the tied half unit
    // goes to the lower option.
    const even = budgetSplit({
      budget: 100n,
      options: 2,
      ballots: [{ split: [1n, 0n] }, { split: [0n, 1n] }, { split: [1n, 1n] }, { split: [3n, 1n] }],
    });
    expect(even.allocation).toEqual([63n, 37n]);
    const weighted = budgetSplit({
      budget: 100n,
      options: 2,
      ballots: [
        { split: [1n, 0n], weight: 3n },
        { split: [0n, 1n], weight: 1n },
        { split: [1n, 1n], weight: 1n },
      ],
    });
    expect(weighted.allocation).toEqual([100n, 0n]);
  });

  it('falls back to the mean when every median is zero, and skips invalid ballots', () => {
    const result = budgetSplit({
      budget: 90n,
      options: 3,
      ballots: [
        { split: [1n, 0n, 0n] },
        { split: [0n, 1n, 0n] },
        { split: [0n, 0n, 1n] },
        { split: [0n, 0n, 0n] },
        { split: [1n, 1n] },
      ],
    });
    expect(result).toEqual({ allocation: [30n, 30n, 30n], aggregation: 'mean', invalid: 2 });
  });

  it('always allocates exactly the budget, whatever the order of ballots', () => {
    const ballot = fc.record({
      split: fc.array(fc.bigInt({ min: 0n, max: 10n ** 20n }), { minLength: 4, maxLength: 4 }),
      weight: fc.bigInt({ min: 0n, max: 1000n }),
    });
    fc.assert(
      fc.property(
        fc.array(ballot, { minLength: 1, maxLength: 25 }),
        fc.bigInt({ min: 0n, max: 10n ** 24n }),
        fc.constantFrom('median' as const, 'mean' as const),
        (ballots, budget, aggregation) => {
          const result = budgetSplit({ budget, options: 4, ballots, aggregation });
          const total = result.allocation.reduce((a, b) => a + b, 0n);
          const counted = ballots.some((b) => b.weight > 0n && b.split.some((part) => part > 0n));
          expect(total === budget || (!counted && total === 0n)).toBe(true);
          expect(budgetSplit({ budget, options: 4, ballots: [...ballots].reverse(), aggregation })).toEqual(
            result,
          );
        },
      ),
    );
  });
});

describe('multisig, optimistic and veto', () => {
  const alice = '0x52908400098527886E0F7030069857D2E4169EE7';
  it('counts each listed signer once, addresses case-insensitively', () => {
    const signers = [alice, '0x8617E340B3D01FA5F11F306F4090FD50E238070D', 'carol'];
    expect(multisig({ signers, threshold: 2, approvals: [alice, alice.toLowerCase(), 'mallory'] })).toEqual({
      approvals: 1,
      threshold: 2,
      passed: false,
    });
    expect(multisig({ signers, threshold: 2, approvals: [alice, 'carol'] }).passed).toBe(true);
    expect(() => multisig({ signers, threshold: 4, approvals: [] })).toThrow('does not fit 3 signers');
  });

  it('blocks an optimistic proposal when objections exceed the threshold (as Snapshot) within the window', () => {
    // 10% of 1001 is 100.1: Snapshot rejects when Against > 100.1, so 100 passes and 101 blocks.
    const base = { supply: 1001n, objectionThreshold: { percent: '10' } };
    expect(optimistic({ ...base, objections: [{ weight: 100n }] })).toEqual({
      threshold: 100n,
      objections: 100n,
      blocked: false,
      passed: true,
    });
    expect(optimistic({ ...base, objections: [{ weight: 100n }, { weight: 1n }] }).blocked).toBe(true);
    const windowed = optimistic({
      ...base,
      window: { start: 10, end: 20 },
      objections: [
        { weight: 200n, at: 20 },
        { weight: 5n, at: 10 },
      ],
    });
    expect(windowed).toMatchObject({ objections: 5n, passed: true });
    // Exactly at a whole threshold (10% of 1000 = 100): Snapshot passes it (Against must be strictly greater).
    const whole = { supply: 1000n, objectionThreshold: { percent: '10' } };
    expect(optimistic({ ...whole, objections: [{ weight: 100n }] }).blocked).toBe(false);
    expect(optimistic({ ...whole, objections: [{ weight: 101n }] }).blocked).toBe(true);
  });

  it('lets a body veto by share or count, distinct members only, within the window', () => {
    const members = ['a', 'b', 'c', 'd', 'e'];
    expect(
      veto({
        members,
        threshold: { percent: '50' },
        vetoes: [{ member: 'a' }, { member: 'a' }, { member: 'b' }, { member: 'x' }],
      }),
    ).toEqual({ vetoes: 2, needed: 3, blocked: false });
    expect(
      veto({
        members,
        threshold: { count: 1 },
        vetoes: [{ member: 'e', at: 5 }],
        window: { start: 0, end: 5 },
      }).blocked,
    ).toBe(false);
    expect(
      veto({ members, threshold: { count: 1 }, vetoes: [{ member: 'e', at: 500 }], window: { start: 0 } })
        .blocked,
    ).toBe(true);
  });
});
