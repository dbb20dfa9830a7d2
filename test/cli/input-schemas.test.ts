// Tally inputs and scenarios are checked against one JSON Schema each, and every problem is reported, each naming
// its field. The schemas must never refuse what the readers accept: the examples of the README and of the tally
// tests still run.
import { describe, expect, it } from 'vitest';
import { main } from '../../compiler/cli/main.ts';
import { readScenario } from '../../compiler/simulate/scenario/read-scenario.ts';
import { tallyMechanisms } from '../../compiler/simulate/tally/run-tally.ts';
import { tallyInputSchemas } from '../../compiler/simulate/tally/tally-input-schemas.ts';
import { fakeIO } from './fake-io.ts';

async function tally(mechanism: string, input: unknown) {
  const io = fakeIO({ 'in.json': JSON.stringify(input) });
  const code = await main(['tally', mechanism, 'in.json'], io);
  return { code, out: io.out, err: io.err };
}

describe('charter tally input schemas', () => {
  it('has a schema for every mechanism, and no schema without one', () => {
    expect(Object.keys(tallyInputSchemas).sort()).toEqual(Object.keys(tallyMechanisms).sort());
  });

  it('reports every problem of an input at once, one line each, naming the field', async () => {
    const result = await tally('majority', {
      supply: 1000,
      quorum: {},
      votes: [{ support: 'yes', weight: '1e5' }, 3],
      quorumCount: 'for',
    });
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err.split('\n')).toEqual([
      'charter tally majority: quorumCount: unknown field; expected one of supply, decimals, quorum, quorumCounts, rounding, supportPercent, superQuorumPercent, quorumBase, quorumExcluded, quorumMinimum, quorumMaximum, quorumRise, forThreshold, forMargin, timing, votes',
      'charter tally majority: supply: expected an amount in whole tokens as a decimal string such as "2.5", got 1000',
      'charter tally majority: quorum: expected an object with exactly one of "percent" or "absolute", got {}',
      'charter tally majority: votes[0].support: expected one of "for", "against", "abstain", got "yes"',
      'charter tally majority: votes[0].weight: expected an amount in whole tokens as a decimal string such as "2.5", got "1e5"',
      'charter tally majority: votes[1]: expected an object, got 3',
      '',
    ]);
  });

  it('names a missing field and a value of the wrong kind inside a choice of forms', async () => {
    const result = await tally('single-choice', { choices: ['a'], votes: [{ vp: 'x' }, { choice: 1 }] });
    expect(result.err).toBe(
      [
        'charter tally single-choice: votes[0].vp: expected voting power as a non-negative number, got "x"',
        'charter tally single-choice: votes[1].vp: is required',
        '',
      ].join('\n'),
    );
    const cap = await tally('quadratic-funding', {
      pool: '1',
      cap: { percent: '5', amount: '1' },
      contributions: [],
    });
    expect(cap.err).toBe(
      'charter tally quadratic-funding: cap: expected exactly one of "percent" or "amount", or null for no cap, got {"percent":"5","amount":"1"}\n',
    );
  });

  it('still reads the README example of each form', async () => {
    expect((await tally('single-choice', { choices: ['A', 'B'], votes: [{ choice: 1, vp: 10 }] })).out).toBe(
      `${JSON.stringify({ scores: [10, 0], scoresTotal: 10 }, null, 2)}\n`,
    );
    const majority = await tally('majority', {
      supply: '1000',
      quorum: { percent: '4' },
      quorumCounts: 'for+abstain',
      supportPercent: '50',
      votes: [{ support: 'for', weight: '10' }, { split: { for: '3', against: '1', abstain: '0' } }],
    });
    expect(majority.code).toBe(0);
    expect(JSON.parse(majority.out)).toMatchObject({
      quorum: '40',
      for: '13',
      against: '1',
      quorumReached: false,
    });
  });
});

describe('the scenario schema', () => {
  it('reports every problem at once, each with its path', () => {
    const read = readScenario(
      JSON.stringify({
        seed: -1,
        turnout: 2,
        proposals: [{ type: '', amount: '1.5', extra: true }],
        defaultElectorate: { distribution: 'zipf' },
      }),
    );
    expect(!read.ok && read.problems).toEqual([
      'seed must be a whole number from 0 to 4294967295',
      'defaultElectorate.distribution must be one of equal, pareto, whales, csv',
      'turnout must be a number from 0 to 1',
      'proposals[0].extra is not a scenario field (expected type, amount, options, turnout, preference, date, byElectorate)',
      'proposals[0].type must be a proposal type',
      'proposals[0].amount must be base units as decimal text such as "1000000"',
    ]);
  });

  it('refuses an electorate id that could reach a prototype', () => {
    const read = readScenario(
      '{"seed": 1, "proposals": [], "electorates": {"__proto__": {"distribution": "equal", "holders": 1}}}',
    );
    expect(!read.ok && read.message).toBe(
      'electorates key "__proto__" must be an id of letters, digits, "_", "." and "-", up to 64 characters',
    );
  });

  it('refuses a model with more whales than holders, after the shape is right', () => {
    const read = readScenario(
      JSON.stringify({
        seed: 1,
        proposals: [],
        electorates: { x: { distribution: 'whales', holders: 2, whales: 3, whaleShare: '40' } },
      }),
    );
    expect(!read.ok && read.message).toBe(
      'electorates.x.whales must be a whole number from 0 to 2 (the holders)',
    );
  });
});
