// Ids a scenario names that the rule document does not have used to be ignored, and the simulation ran on
// defaults without a word; now each is reported, and the command exits 1.
import { describe, expect, it } from 'vitest';
import { simulateWith } from './scenario-cli.ts';

describe('unknown ids in a scenario', () => {
  it('names an electorate override the config does not have', async () => {
    const result = await simulateWith('token-governor', {
      seed: 1,
      proposals: [{ type: 'parameter-change', byElectorate: { unii: { turnout: 1 } } }],
    });
    expect(result).toEqual({
      code: 1,
      out: '',
      err: 'charter simulate: s.json: proposals[0].byElectorate names electorate "unii", which the config does not have (it has uni).\n',
    });
  });

  it('names a stage the config does not have, listing its stages', async () => {
    const result = await simulateWith('staged-dao', { seed: 1, stage: 'voting', proposals: [] });
    expect(result).toEqual({
      code: 1,
      out: '',
      err: 'charter simulate: s.json: The scenario\'s stage "voting" is not a stage of the config (it has team, vote, community).\n',
    });
  });

  it('reports every unknown id at once', async () => {
    const result = await simulateWith('token-governor', {
      seed: 1,
      stage: 'team',
      electorates: { holders: { distribution: 'equal', holders: 3 } },
      proposals: [{ type: 'parameter-change', byElectorate: { x: {} } }],
    });
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      [
        'charter simulate: s.json: The scenario models electorate "holders", which the config does not have (it has uni).',
        'charter simulate: s.json: proposals[0].byElectorate names electorate "x", which the config does not have (it has uni).',
        'charter simulate: s.json: The scenario\'s stage "team" is not a stage of the config (it has none).',
        '',
      ].join('\n'),
    );
  });

  it('runs when every id is known', async () => {
    const result = await simulateWith('staged-dao', {
      seed: 1,
      stage: 'vote',
      electorates: { gov: { distribution: 'equal', holders: 4 } },
      proposals: [{ type: 'upgrade', byElectorate: { gov: { turnout: 1 } } }],
    });
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
  });
});
