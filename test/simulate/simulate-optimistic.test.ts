import { describe, expect, it } from 'vitest';
import type { CharterConfig } from '../../compiler/generated/charter-config.ts';
import { simulate } from '../../compiler/simulate/simulate.ts';

const config: CharterConfig = {
  charterConfig: '1',
  name: 'optimistic',
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
      id: 'object',
      label: 'Objections',
      kind: 'optimistic',
      mechanism: 'convex',
      electorate: 'tok',
      rule: {
        challengePeriod: 259_200,
        objectionThreshold: { fraction: { numerator: '12', denominator: '100' } },
      },
    },
  ],
  routes: [
    {
      proposalType: 'ops',
      entry: 'propose',
      proposers: null,
      minVotingPower: '0',
      steps: [
        { node: 'propose', kind: 'proposal', exits: { out: ['object'] } },
        { node: 'object', kind: 'optimistic', exits: { passed: ['run'], failed: ['stop'] } },
        { node: 'run', kind: 'execute', exits: {}, rule: { executor: 'safe' } },
        { node: 'stop', kind: 'reject', exits: {}, rule: {} },
      ],
    },
  ],
  stages: [],
  targets: {},
  hash: '0x0',
};

const holders = (...balances: number[]) =>
  balances.map((balance, i) => `0x${(i + 1).toString(16).padStart(40, '0')},${balance}`).join('\n');

const run = (csv: string) =>
  simulate(config, {
    seed: 1,
    electorates: { tok: { distribution: 'csv', csv } },
    turnout: 1,
    preference: { for: 0, against: 1, abstain: 0 },
    proposals: [{ type: 'ops' }],
  }).proposals[0]!;

describe('simulate: an optimistic proposal', () => {
  it('goes through after the challenge period when objections stay below ⌈12% of supply⌉', () => {
    const trace = run(holders(119));
    expect(trace.steps[1]).toMatchObject({
      branch: 'passed',
      until: 259_200,
      threshold: { rule: 'objections ≥ threshold blocks', needed: '120', counted: '119', met: false },
    });
    expect(trace.executableAfter).toBe(259_200);
  });

  it('is blocked when objections reach the threshold', () => {
    const trace = run(holders(60, 60));
    expect(trace.steps[1]).toMatchObject({ branch: 'failed', threshold: { counted: '120', met: true } });
    expect([trace.outcome, trace.end]).toEqual(['rejected', 'stop']);
  });
});
