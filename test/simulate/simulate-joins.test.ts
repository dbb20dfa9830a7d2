import { describe, expect, it } from 'vitest';
import type { CharterConfig, ConfigStep } from '../../compiler/generated/charter-config.ts';
import { simulate } from '../../compiler/simulate/simulate.ts';

const signers = [`0x${'a'.repeat(40)}`, `0x${'b'.repeat(40)}`, `0x${'c'.repeat(40)}`];

/** A treasury route: small amounts execute at once; large ones need a token vote and the council, joined by `join`. */
function treasury(join: 'all-of' | 'any-of'): CharterConfig {
  const steps: ConfigStep[] = [
    { node: 'propose', kind: 'proposal', exits: { out: ['amount'] } },
    {
      node: 'amount',
      kind: 'route-by-amount',
      exits: { small: ['run'], large: ['vote', 'council'] },
      rule: {
        asset: { symbol: 'USDC', decimals: 6 },
        bands: [{ port: 'small', below: '1000000000' }],
        otherwise: 'large',
      },
    },
    { node: 'vote', kind: 'majority-vote', exits: { passed: ['join'], failed: ['stop'] } },
    { node: 'council', kind: 'multisig', exits: { passed: ['join'], failed: ['stop'] } },
    { node: 'join', kind: join, exits: { out: ['delay'] } },
    { node: 'delay', kind: 'timelock', exits: { out: ['run'] }, rule: { delay: 100 } },
    { node: 'stop', kind: 'reject', exits: {}, rule: {} },
    { node: 'run', kind: 'execute', exits: {}, rule: { executor: 'safe' } },
  ];
  return {
    charterConfig: '1',
    name: 'joins',
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
          totalSupply: '100',
          address: null,
          standard: 'erc20-votes',
          delegation: false,
        },
      },
      { id: 'council', label: 'Council', kind: 'signers', voting: 'one-person-one-vote', addresses: signers },
    ],
    bodies: [
      {
        id: 'vote',
        label: 'Vote',
        kind: 'majority-vote',
        mechanism: 'convex',
        electorate: 'tok',
        rule: {
          quorum: { fraction: { numerator: '10', denominator: '100' } },
          quorumCounts: 'for+abstain',
          supportThreshold: { numerator: '50', denominator: '100' },
          votingDelay: 10,
          votingPeriod: 50,
        },
      },
      {
        id: 'council',
        label: 'Council',
        kind: 'multisig',
        mechanism: 'convex',
        electorate: 'council',
        rule: { threshold: 2 },
      },
    ],
    routes: [{ proposalType: 'spend', entry: 'propose', proposers: null, minVotingPower: '0', steps }],
    stages: [],
    targets: {},
    hash: '0x0',
  };
}

const allFor = { for: 1, against: 0, abstain: 0 };
const scenario = (amount: string, council = allFor) => ({
  seed: 1,
  defaultElectorate: { distribution: 'equal' as const, holders: 10 },
  turnout: 1,
  preference: allFor,
  proposals: [{ type: 'spend', amount, byElectorate: { council: { preference: council } } }],
});

describe('simulate: routing by amount and joins', () => {
  it('sends an amount below the band straight to execution', () => {
    const [trace] = simulate(treasury('all-of'), scenario('999999999')).proposals;
    expect(trace!.steps.map((step) => [step.node, step.branch])).toEqual([
      ['propose', 'out'],
      ['amount', 'small'],
      ['run', null],
    ]);
    expect(trace!.executableAfter).toBe(0);
  });

  it('runs both branches of a large amount in parallel, joins all-of at the later one, then the timelock', () => {
    const [trace] = simulate(treasury('all-of'), scenario('1000000000')).proposals;
    expect(trace!.steps.map((step) => [step.node, step.branch, step.at, step.until])).toEqual([
      ['propose', 'out', 0, 0],
      ['amount', 'large', 0, 0],
      ['vote', 'passed', 0, 60],
      ['council', 'passed', 0, 0],
      ['join', 'out', 60, 60],
      ['delay', 'out', 60, 160],
      ['run', null, 160, 160],
    ]);
    expect([trace!.outcome, trace!.executableAfter]).toEqual(['executed', 160]);
  });

  it('goes on from an any-of at the first arrival', () => {
    const [trace] = simulate(treasury('any-of'), scenario('5000000000')).proposals;
    expect(trace!.steps.map((step) => [step.node, step.at])).toEqual([
      ['propose', 0],
      ['amount', 0],
      ['vote', 0],
      ['council', 0],
      ['join', 0],
      ['delay', 0],
      ['run', 100],
    ]);
  });

  it('leaves an all-of waiting when one branch fails, and rejects', () => {
    const [trace] = simulate(
      treasury('all-of'),
      scenario('5000000000', { for: 0, against: 1, abstain: 0 }),
    ).proposals;
    expect(trace!.steps.map((step) => [step.node, step.branch])).toEqual([
      ['propose', 'out'],
      ['amount', 'large'],
      ['vote', 'passed'],
      ['council', 'failed'],
      ['stop', null],
      ['join', null],
    ]);
    expect(trace!.steps.at(-1)!.waiting).toEqual({ arrived: 1, needed: 2 });
    expect([trace!.outcome, trace!.end]).toEqual(['rejected', 'stop']);
  });
});
