import { describe, expect, it } from 'vitest';
import type { CharterConfig } from '../../compiler/generated/charter-config.ts';
import { simulate } from '../../compiler/simulate/simulate.ts';

function choiceVote(kind: 'approval' | 'ranked-choice' | 'quadratic-voting'): CharterConfig {
  return {
    charterConfig: '1',
    name: 'choices',
    chain: { chainId: 1, blockTime: 12, clockMode: 'timestamp' },
    currentStage: null,
    electorates: [
      {
        id: 'tok',
        label: 'Token',
        kind: 'token',
        voting: 'token-weighted',
        token: {
          symbol: 'T',
          name: 'T',
          decimals: 0,
          totalSupply: '1000',
          address: null,
          standard: 'erc20-votes',
          delegation: false,
        },
      },
    ],
    bodies: [
      {
        id: 'pick',
        label: 'Pick',
        kind,
        mechanism: 'concave',
        electorate: 'tok',
        rule: {
          votingPeriod: 600,
          winners: 1,
          quorum: { fraction: { numerator: '10', denominator: '100' } },
        },
      },
    ],
    routes: [
      {
        proposalType: 'choose',
        entry: 'propose',
        proposers: null,
        minVotingPower: '0',
        steps: [
          { node: 'propose', kind: 'proposal', exits: { out: ['pick'] } },
          { node: 'pick', kind, exits: { decided: ['done'], failed: ['none'] } },
          { node: 'done', kind: 'signal', exits: {}, rule: { platform: 'snapshot' } },
          { node: 'none', kind: 'reject', exits: {}, rule: {} },
        ],
      },
    ],
    stages: [],
    targets: {},
    hash: '0x0',
  };
}

const run = (kind: 'approval' | 'ranked-choice' | 'quadratic-voting', seed: number) =>
  simulate(choiceVote(kind), {
    seed,
    defaultElectorate: { distribution: 'equal', holders: 10 },
    turnout: 1,
    proposals: [{ type: 'choose', options: ['A', 'B', 'C'] }],
  }).proposals[0]!;

describe('simulate: multi-choice votes over the proposal options', () => {
  it('scores every option with the Snapshot mechanism and decides after the period', () => {
    for (const seed of [1, 2, 3]) {
      const approval = run('approval', seed);
      expect(approval.outcome).toBe('signalled');
      expect(approval.steps[1]!.until).toBe(600);
      const scores = approval.steps[1]!.scores!;
      expect(scores.map((s) => s.option)).toEqual(['A', 'B', 'C']);
      // Ten voters of 100 each: an option is approved by at most all of them.
      for (const { score } of scores) expect(score % 100 === 0 && score >= 0 && score <= 1000).toBe(true);
      expect(scores.some(({ score }) => score > 0)).toBe(true);
    }
  });

  it('gives quadratic and ranked-choice scores that add up to the voting power that voted', () => {
    for (const kind of ['quadratic-voting', 'ranked-choice'] as const) {
      const scores = run(kind, 5).steps[1]!.scores!;
      const total = scores.reduce((sum, { score }) => sum + score, 0);
      expect(total).toBeCloseTo(1000, 9);
    }
  });

  it('scores nothing when the proposal lists no options', () => {
    const trace = simulate(choiceVote('approval'), {
      seed: 1,
      defaultElectorate: { distribution: 'equal', holders: 10 },
      turnout: 1,
      proposals: [{ type: 'choose' }],
    }).proposals[0]!;
    expect(trace.steps[1]!.node).toBe('pick');
    expect(trace.steps[1]!.scores).toBeUndefined();
  });
});
