import { formatUnits } from 'viem';
import { describe, expect, it } from 'vitest';
import { main } from '../../compiler/cli/main.ts';
import { conviction } from '../../compiler/simulate/mechanisms/conviction.ts';
import { majority } from '../../compiler/simulate/mechanisms/majority.ts';
import { quadraticFunding } from '../../compiler/simulate/mechanisms/quadratic-funding.ts';
import { rankedChoice } from '../../compiler/simulate/mechanisms/ranked-choice.ts';
import { weighted } from '../../compiler/simulate/mechanisms/weighted.ts';
import { fakeIO } from '../cli/fake-io.ts';

async function tally(
  mechanism: string,
  input: unknown,
): Promise<{ code: number; output: unknown; err: string }> {
  const io = fakeIO({ 'in.json': JSON.stringify(input) });
  const code = await main(['tally', mechanism, 'in.json'], io);
  return { code, output: io.out ? JSON.parse(io.out) : undefined, err: io.err };
}

const E18 = 10n ** 18n;
const tokens = (units: bigint) => formatUnits(units, 18);

describe('charter tally prints what the library returns', () => {
  it('majority', async () => {
    const input = {
      supply: '1000.5',
      quorum: { percent: '4.5' },
      quorumCounts: 'for',
      votes: [
        { support: 'for', weight: '30.25' },
        { split: { for: '15', against: '1', abstain: '2' } },
        { support: 'against', weight: '40' },
      ],
    };
    const library = majority({
      supply: 10005n * 10n ** 17n,
      quorum: { percent: '4.5' },
      quorumCounts: 'for',
      votes: [
        { support: 'for', weight: 3025n * 10n ** 16n },
        { split: { for: 15n * E18, against: E18, abstain: 2n * E18 } },
        { support: 'against', weight: 40n * E18 },
      ],
    });
    const { code, output } = await tally('majority', input);
    expect(code).toBe(0);
    expect(output).toEqual({
      quorum: tokens(library.quorum),
      rounding: 'floor',
      for: tokens(library.for),
      against: tokens(library.against),
      abstain: tokens(library.abstain),
      quorumReached: library.quorumReached,
      succeeded: library.succeeded,
    });
    expect(output).toEqual({
      quorum: '45.0225',
      rounding: 'floor',
      for: '45.25',
      against: '41',
      abstain: '2',
      quorumReached: true,
      succeeded: true,
    });
  });

  it('the Snapshot types', async () => {
    const choices = ['Memphis', 'Nashville', 'Chattanooga', 'Knoxville'];
    const votes = [
      { choice: [1, 2, 3, 4], vp: 42 },
      { choice: [2, 3, 4, 1], vp: 26 },
      { choice: [3, 4, 2, 1], vp: 15 },
      { choice: [4, 3, 2, 1], vp: '17' },
      { choice: 'not a ranking', vp: 1.5 },
    ];
    const library = rankedChoice({
      choices,
      votes: votes.map((v) => ({ choice: v.choice, vp: Number(v.vp) })),
    });
    expect(await tally('ranked-choice', { choices, votes })).toEqual({ code: 0, output: library, err: '' });
    expect(library).toEqual({ scores: [42, 0, 0, 58], scoresTotal: 101.5 });
    const weightedVotes = [
      { choice: { 1: 1, 3: 2 }, vp: 3 },
      { choice: { 2: 1 }, vp: 0.1 },
    ];
    expect((await tally('weighted', { choices, votes: weightedVotes })).output).toEqual(
      weighted({ choices, votes: weightedVotes }),
    );
  });

  it('quadratic-funding, with and without the cap', async () => {
    const contributions = [
      ...[1, 4, 1, 9].map((amount, i) => ({ project: 'A', contributor: `s${i}`, amount: String(amount) })),
      ...[1, 1, 1, 1, 1, 1, 4].map((amount, i) => ({
        project: 'B',
        contributor: `s${i}`,
        amount: String(amount),
      })),
      ...[1, 9, 1, 9, 1, 9, 4].map((amount, i) => ({
        project: 'C',
        contributor: `s${i}`,
        amount: String(amount),
      })),
    ];
    const library = (cap: { percent: string } | null) =>
      quadraticFunding({
        pool: 100n * E18,
        cap,
        contributions: contributions.map((c) => ({ ...c, amount: BigInt(c.amount) * E18 })),
      });
    for (const cap of [null, { percent: '50' }]) {
      const { code, output } = await tally('quadratic-funding', { pool: '100', cap, contributions });
      expect(code).toBe(0);
      expect(output).toEqual({
        matches: Object.fromEntries(Object.entries(library(cap).matches).map(([p, m]) => [p, tokens(m)])),
      });
    }
    expect((await tally('quadratic-funding', { pool: '100', cap: null, contributions })).output).toEqual({
      matches: { A: '13.6', B: '21.6', C: '64.8' },
    });
  });

  it('conviction', async () => {
    const input = {
      decay: 0.9,
      maxRatio: 0.2,
      weight: 0.002,
      minThresholdStakePercentage: 0.2,
      supply: '45000',
      funds: '15000',
      requested: '1000',
      totalStaked: '10000',
      stakes: [{ at: 0, amount: '10000' }],
      at: 40,
      decimals: 0,
    };
    const library = conviction({
      decay: '0.9',
      maxRatio: '0.2',
      weight: '0.002',
      minThresholdStakePercentage: '0.2',
      supply: 45000n,
      funds: 15000n,
      requested: 1000n,
      totalStaked: 10000n,
      stakes: [{ at: 0, amount: 10000n }],
      at: 40,
    });
    const { code, output } = await tally('conviction', input);
    expect(code).toBe(0);
    expect(output).toEqual({
      threshold: String(library.threshold),
      conviction: String(library.conviction),
      passes: library.passes,
    });
    expect(output).toMatchObject({ passes: true });
  });

  it('budget-split, multisig, optimistic and veto', async () => {
    expect(
      (
        await tally('budget-split', {
          budget: '90',
          options: ['a', 'b'],
          ballots: [{ split: ['2', '1'] }, { split: ['1', '2'] }, { split: ['1', '0'] }],
        })
      ).output,
    ).toEqual({
      allocation: { a: '60', b: '30' },
      aggregation: 'median',
    });
    expect(
      (await tally('multisig', { signers: ['a', 'b', 'c'], threshold: 2, approvals: ['a', 'c', 'c'] }))
        .output,
    ).toEqual({ approvals: 2, threshold: 2, passed: true });
    expect(
      (
        await tally('optimistic', {
          supply: '100',
          objectionThreshold: { percent: '10' },
          objections: [{ weight: '9.5' }],
        })
      ).output,
    ).toEqual({
      threshold: '10',
      objections: '9.5',
      blocked: false,
      passed: true,
    });
    expect(
      (await tally('veto', { members: ['a', 'b'], threshold: { count: 1 }, vetoes: [{ member: 'b' }] }))
        .output,
    ).toEqual({ vetoes: 1, needed: 1, blocked: true });
  });
});

describe('charter tally rejects bad input clearly', () => {
  it('exits 1 and names the field', async () => {
    const bad = await tally('majority', { supply: 1000, quorum: { percent: '4' }, votes: [] });
    expect(bad).toMatchObject({ code: 1, output: undefined });
    expect(bad.err).toBe(
      'charter tally majority: supply: expected an amount in whole tokens as a decimal string such as "2.5", got 1000\n',
    );
    const typo = await tally('majority', { supply: '1000', quorum: { percnt: '4' }, votes: [] });
    expect(typo.err).toBe(
      'charter tally majority: quorum.percnt: unknown field; expected one of percent, absolute\n',
    );
    const weight = await tally('quadratic-funding', {
      pool: '1',
      contributions: [{ project: 'a', contributor: 'b', amount: '0.1234567' }],
      decimals: 6,
    });
    expect(weight.err).toBe(
      'charter tally quadratic-funding: contributions[0].amount: 0.1234567 has more than 6 decimal places\n',
    );
    const vp = await tally('approval', { choices: ['a'], votes: [{ choice: [1], vp: -1 }] });
    expect(vp.err).toBe(
      'charter tally approval: votes[0].vp: expected voting power as a non-negative number, got -1\n',
    );
    const io = fakeIO({ 'x.json': '{"supply": ' });
    expect(await main(['tally', 'majority', 'x.json'], io)).toBe(1);
    expect(io.err).toMatch(/^charter tally majority: the input is not JSON: /);
  });

  it('exits 2 for usage and I/O errors, and reads standard input', async () => {
    let io = fakeIO({});
    expect(await main(['tally'], io)).toBe(2);
    expect(io.err).toContain('charter tally: name a mechanism');
    io = fakeIO({});
    expect(await main(['tally', 'borda', 'in.json'], io)).toBe(2);
    expect(io.err).toContain(
      'charter tally: unknown mechanism "borda"; expected one of majority, single-choice,',
    );
    io = fakeIO({});
    expect(await main(['tally', 'majority', 'missing.json'], io)).toBe(2);
    expect(io.err).toBe('charter tally: cannot read missing.json: no such file\n');
    io = fakeIO({}, JSON.stringify({ signers: ['a'], threshold: 1, approvals: ['a'] }));
    expect(await main(['tally', 'multisig'], io)).toBe(0);
    expect(JSON.parse(io.out)).toEqual({ approvals: 1, threshold: 1, passed: true });
    io = fakeIO({});
    expect(await main(['tally', '--help'], io)).toBe(0);
    expect(io.out).toContain(
      'Exit codes: 0 done, 1 invalid input (the message names the field), 2 usage or I/O error.',
    );
  });
});
