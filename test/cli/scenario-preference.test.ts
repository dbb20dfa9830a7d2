// A scenario's preference is a set of weights normalised by their sum: weights beyond 1,000,000 (1e308 overflows
// the sum) and weights that are all 0 (nothing to normalise) used to be accepted; now each is exit 1 naming the field.
import { describe, expect, it } from 'vitest';
import { readScenario } from '../../compiler/simulate/scenario/read-scenario.ts';
import { simulateWith } from './scenario-cli.ts';

describe('scenario preferences', () => {
  it.each([
    [{ for: 1e308 }, 'preference.for must be a number from 0 to 1000000'],
    [{ against: -1 }, 'preference.against must be a number from 0 to 1000000'],
    [
      { for: 0, against: 0, abstain: 0 },
      'preference must give for, against or abstain a weight above 0 (they are all 0)',
    ],
    [{}, 'preference must give for, against or abstain a weight above 0 (they are all 0)'],
  ])('refuses %j with exit 1, naming the field', async (preference, message) => {
    const result = await simulateWith('token-governor', { seed: 1, preference, proposals: [] });
    expect(result).toEqual({ code: 1, out: '', err: `charter simulate: s.json: ${message}\n` });
  });

  it('checks the preferences of each proposal and each electorate override too, reporting every one', async () => {
    const zero = { for: 0 };
    const result = await simulateWith('token-governor', {
      seed: 1,
      proposals: [
        { type: 'parameter-change', preference: zero },
        { type: 'parameter-change', byElectorate: { uni: { preference: { abstain: 2e6 } } } },
      ],
    });
    expect(result.code).toBe(1);
    expect(result.err.split('\n').filter(Boolean)).toEqual([
      'charter simulate: s.json: proposals[1].byElectorate.uni.preference.abstain must be a number from 0 to 1000000',
    ]);
    const both = readScenario(
      JSON.stringify({ seed: 1, preference: zero, proposals: [{ type: 'x', preference: zero }] }),
    );
    expect(!both.ok && both.problems).toEqual([
      'preference must give for, against or abstain a weight above 0 (they are all 0)',
      'proposals[0].preference must give for, against or abstain a weight above 0 (they are all 0)',
    ]);
  });

  it('accepts weights at the bounds, normalised: 1000000 For and 1 Against is almost always For', async () => {
    const result = await simulateWith('token-governor', {
      seed: 1,
      turnout: 1,
      preference: { for: 1_000_000, against: 1 },
      proposals: [{ type: 'parameter-change' }],
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out).types[0].passProbability).toBe(1);
  });
});
