import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CharterConfig } from '../../compiler/generated/charter-config.ts';
import { gini } from '../../compiler/simulate/monte-carlo/gini.ts';
import { monteCarlo, runsWithinBudget } from '../../compiler/simulate/monte-carlo/monte-carlo.ts';
import { nakamoto } from '../../compiler/simulate/monte-carlo/nakamoto.ts';
import { compiledTemplate } from './compiled.ts';

/** The template's config, as `compile` gives it. */
const config = (name: string): CharterConfig => compiledTemplate(name);

const E25 = 10n ** 25n;
const csv = (...balances: bigint[]) =>
  balances.map((balance, i) => `0x${(i + 1).toString(16).padStart(40, '0')},${balance}`).join('\n');

describe('gini and nakamoto', () => {
  it('are exact on hand-checked cases', () => {
    expect(gini([1n, 1n, 1n, 1n])).toEqual({ numerator: '0', denominator: '1', value: 0 });
    expect(gini([0n, 0n, 1n, 0n])).toEqual({ numerator: '3', denominator: '4', value: 0.75 });
    // Σ|xᵢ − xⱼ| over ordered pairs is 8; 8 / (2 · 3 · 6) = 2/9.
    expect(gini([3n, 1n, 2n])).toMatchObject({ numerator: '2', denominator: '9' });
    expect(gini([])).toEqual({ numerator: '0', denominator: '1', value: 0 });
    expect(nakamoto([1n, 2n, 3n])).toBe(2);
    expect(nakamoto([4n, 1n, 1n])).toBe(1);
    expect(nakamoto([1n, 1n])).toBe(2);
    expect(nakamoto([0n])).toBe(0);
  });

  it('gini equals the pairwise definition and stays in [0, (n − 1)/n]', () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 24n }), { minLength: 1, maxLength: 30 }),
        (xs) => {
          const n = BigInt(xs.length);
          let sum = 0n;
          let pairs = 0n;
          for (const x of xs) {
            sum += x;
            for (const y of xs) pairs += x > y ? x - y : y - x;
          }
          const g = gini(xs);
          if (sum === 0n) expect(g.numerator).toBe('0');
          else expect(BigInt(g.numerator) * 2n * n * sum).toBe(pairs * BigInt(g.denominator));
          expect(g.value).toBeGreaterThanOrEqual(0);
          expect(g.value).toBeLessThanOrEqual(Number(n - 1n) / Number(n) + 1e-12);
        },
      ),
    );
  });
});

describe('monteCarlo', () => {
  const governor = config('token-governor');

  it('gives capture per route: unopposed the top holders reaching quorum, opposed also out-voting everyone else', () => {
    const result = monteCarlo(
      governor,
      {
        seed: 1,
        electorates: { uni: { distribution: 'csv', csv: csv(4n * E25, 4n * E25, E25) } },
        proposals: [{ type: 'parameter-change' }],
      },
      { runs: 1 },
    );
    const decisions = result.capture.find((route) => route.proposalType === 'parameter-change')!.decisions;
    expect(decisions).toEqual([
      {
        node: 'vote',
        kind: 'majority-vote',
        electorate: 'uni',
        analysed: true,
        // 4% quorum = 4 · 10^25; the top holder alone reaches it.
        unopposed: { holders: 1, power: String(4n * E25), share: 0.04 },
        // Against the other two (5 · 10^25) the top holder loses; the top two win 8 to 1.
        opposed: { holders: 2, power: String(8n * E25), share: 0.08 },
      },
    ]);
    expect(result.electorates).toEqual([
      // Σ|xᵢ − xⱼ| = 2 · (0 + 3 + 3) · 10^25 over 2 · 3 · 9 · 10^25: 2/9.
      { id: 'uni', holders: 3, gini: { numerator: '2', denominator: '9', value: 2 / 9 }, nakamoto: 2 },
    ]);
  });

  it('counts passes and the time to execution over runs', () => {
    const result = monteCarlo(
      governor,
      {
        seed: 10,
        defaultElectorate: { distribution: 'equal', holders: 100 },
        turnout: 1,
        preference: { for: 1, against: 0, abstain: 0 },
        proposals: [{ type: 'parameter-change' }, { type: 'parameter-change' }, { type: 'upgrade' }],
      },
      { runs: 5 },
    );
    expect(result.types).toEqual([
      {
        proposalType: 'parameter-change',
        trials: 10,
        passProbability: 1,
        outcomes: { executed: 10 },
        timeToExecution: { min: 814_320, median: 814_320, p90: 814_320, max: 814_320 },
      },
      {
        proposalType: 'upgrade',
        trials: 5,
        passProbability: 0,
        outcomes: { 'no-route': 5 },
        timeToExecution: null,
      },
    ]);
  });

  it('makes fewer runs when they would draw more voters than the budget, and says how many were asked for', () => {
    // 100 equal holders per run and a budget of 1,050 voters: 10 runs fit (1,000 voters), not 11.
    const seen: number[][] = [];
    const scenario = {
      seed: 10,
      defaultElectorate: { distribution: 'equal' as const, holders: 100 },
      proposals: [{ type: 'parameter-change' }, { type: 'parameter-change' }],
    };
    const result = monteCarlo(governor, scenario, {
      runs: 1000,
      voterBudget: 1_050,
      onProgress: (done, runs) => seen.push([done, runs]),
    });
    expect(result.runs).toBe(10);
    expect(result.requestedRuns).toBe(1000);
    expect(result.votersPerRun).toBe(100);
    expect(result.types[0]!.trials).toBe(20);
    expect(seen.at(-1)).toEqual([10, 10]);
    // The same ten runs as asking for ten: the budget only stops early.
    const ten = monteCarlo(governor, scenario, { runs: 10 });
    expect(ten.requestedRuns).toBeUndefined();
    expect(ten.types).toEqual(result.types);
    // With the default budget of 5,000,000 voters, a million voters run 5 times, and always at least once.
    expect(runsWithinBudget(1000, 1_000_000)).toBe(5);
    expect(runsWithinBudget(1000, 10_000_000)).toBe(1);
    expect(runsWithinBudget(1000, 5_000)).toBe(1000);
  });

  it('reports progress once per run and is deterministic', () => {
    const seen: number[] = [];
    const scenario = { seed: 77, proposals: [{ type: 'treasury-transfer' }] };
    const first = monteCarlo(governor, scenario, { runs: 20, onProgress: (done) => seen.push(done) });
    expect(seen).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(monteCarlo(governor, scenario, { runs: 20 })).toEqual(first);
    const stats = first.types[0]!;
    expect(stats.passProbability).toBeGreaterThan(0);
    expect(stats.passProbability).toBeLessThanOrEqual(1);
  });

  it('gives the multisig its threshold and the veto body its blocking arithmetic', () => {
    const staged = monteCarlo(config('staged-dao'), { seed: 1, proposals: [] }, { runs: 0 });
    const decisions = staged.capture.find((route) => route.proposalType === 'upgrade')!.decisions;
    expect(decisions.find((d) => d.node === 'multisig')!.opposed).toEqual({
      holders: 3,
      power: '3',
      share: 0.6,
    });
    // 3 of 5 core members block: the proposers need 3 of them on side, so that only 2 are left to veto.
    expect(decisions.find((d) => d.node === 'veto')).toMatchObject({
      unopposed: { holders: 0 },
      opposed: { holders: 3, power: '3', share: 0.6 },
    });
  });

  it("gives capture per path: a branch per stage (in the config's port order), and per electorate the largest coalition the path needs", () => {
    const staged = monteCarlo(
      config('staged-dao'),
      {
        seed: 1,
        electorates: { gov: { distribution: 'csv', csv: csv(3n * 10n ** 24n, 2n * 10n ** 24n, 10n ** 24n) } },
        proposals: [],
      },
      { runs: 0 },
    );
    const paths = staged.capture.find((route) => route.proposalType === 'upgrade')!.paths;
    expect(paths.map((path) => [path.branches, path.decisions, path.end])).toEqual([
      [['stages:community'], ['vote3'], 'run3'],
      [['stages:team'], ['multisig'], 'safe'],
      [['stages:vote'], ['vote2', 'veto'], 'run2'],
    ]);
    // 4% of 10^26 GOV base units is 4 · 10^24: the top two holders (5 · 10^24) reach it and out-vote the third.
    expect(paths[2]!.needs).toEqual([
      {
        electorate: 'gov',
        unopposed: { holders: 2, power: String(5n * 10n ** 24n), share: 0.05 },
        opposed: { holders: 2, power: String(5n * 10n ** 24n), share: 0.05 },
      },
      {
        electorate: 'core',
        unopposed: { holders: 0, power: '0', share: 0 },
        opposed: { holders: 3, power: '3', share: 0.6 },
      },
    ]);
  });
});
