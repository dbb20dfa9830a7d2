import { describe, expect, it } from 'vitest';
import { joinVerdict } from '../../compiler/simulate/join-verdict.ts';
import type { Scenario } from '../../compiler/simulate/scenario/scenario.ts';
import { simulate } from '../../compiler/simulate/simulate.ts';
import { allAgainst, allFor, compiled, document, token } from './compiled.ts';

/**
 * Two houses, each a token vote, joined by `join` (all-of or any-of), then a 500 s timelock and execution; every
 * failure (a house's, the join's) is rejected. The first house votes after 100 s for 1,000 s, the second after
 * 200 s for 3,000 s: a standard vote ends at its deadline, 1,100 s and 3,200 s after the proposal.
 */
function bicameral(join: 'all-of' | 'any-of') {
  const vote = (votingDelay: number, votingPeriod: number) => ({
    quorum: { percent: '10' },
    quorumCounts: 'for+abstain',
    supportThreshold: '50',
    votingDelay,
    votingPeriod,
    lateQuorumExtension: 0,
    votingMode: 'standard',
  });
  return compiled(
    document(
      'bicameral',
      [
        { id: 'propose', kind: 'proposal', params: { types: ['upgrade'], minVotingPower: '0' } },
        { id: 'tokA', kind: 'token-holders', params: token('A', '1000') },
        { id: 'tokB', kind: 'token-holders', params: token('B', '1000') },
        { id: 'houseA', kind: 'majority-vote', params: vote(100, 1000) },
        { id: 'houseB', kind: 'majority-vote', params: vote(200, 3000) },
        { id: 'both', kind: join },
        { id: 'wait', kind: 'timelock', params: { delay: 500 } },
        { id: 'run', kind: 'execute' },
        { id: 'stop', kind: 'reject' },
      ],
      [
        'tokA.voters -> houseA.voters',
        'tokB.voters -> houseB.voters',
        'propose.out -> houseA.in',
        'propose.out -> houseB.in',
        'houseA.passed -> both.in',
        'houseB.passed -> both.in',
        'houseA.failed -> stop.in',
        'houseB.failed -> stop.in',
        'both.passed -> wait.in',
        'both.failed -> stop.in',
        'wait.out -> run.in',
      ],
    ),
  );
}

const sides = (a: typeof allFor, b: typeof allFor): Scenario => ({
  seed: 1,
  defaultElectorate: { distribution: 'equal', holders: 4 },
  turnout: 1,
  proposals: [{ type: 'upgrade', byElectorate: { tokA: { preference: a }, tokB: { preference: b } } }],
});

const joinStep = (trace: { steps: { node: string }[] }) => trace.steps.find((step) => step.node === 'both');

describe('simulate: all-of joins two houses', () => {
  const config = bicameral('all-of');

  it('passes when both houses pass, at the slower one, and executes after the timelock', () => {
    const [trace] = simulate(config, sides(allFor, allFor)).proposals;
    // The slower house ends at 200 + 3,000 s; the timelock adds 500 s.
    expect([trace!.outcome, trace!.end, trace!.executableAfter]).toEqual(['executed', 'run', 3_700]);
    expect(trace!.steps.map((step) => [step.node, step.branch, step.at, step.until])).toEqual([
      ['propose', 'out', 0, 0],
      ['houseA', 'passed', 0, 1_100],
      ['houseB', 'passed', 0, 3_200],
      ['both', 'passed', 3_200, 3_200],
      ['wait', 'out', 3_200, 3_700],
      ['run', null, 3_700, 3_700],
    ]);
  });

  it('fails by its failed exit when the slower house votes Against, when that vote ends', () => {
    const [trace] = simulate(config, sides(allFor, allAgainst)).proposals;
    expect([trace!.outcome, trace!.end, trace!.executableAfter]).toEqual(['rejected', 'stop', null]);
    expect(joinStep(trace!)).toMatchObject({ branch: 'failed', at: 3_200 });
  });

  it('fails as soon as the faster house has voted Against, without waiting for the other', () => {
    const [trace] = simulate(config, sides(allAgainst, allFor)).proposals;
    expect(trace!.outcome).toBe('rejected');
    expect(joinStep(trace!)).toMatchObject({ branch: 'failed', at: 1_100 });
    // The other house still votes and passes, but the join has already failed.
    expect(trace!.steps.find((step) => step.node === 'houseB')).toMatchObject({ branch: 'passed' });
    expect(trace!.steps.some((step) => step.node === 'run')).toBe(false);
  });

  it('never leaves a proposal stalled at the join over many seeds and preferences', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const [trace] = simulate(config, { seed, proposals: [{ type: 'upgrade' }] }).proposals;
      expect(['executed', 'rejected']).toContain(trace!.outcome);
      expect(joinStep(trace!)).toBeDefined();
    }
  });
});

describe('simulate: any-of joins two houses', () => {
  const config = bicameral('any-of');

  it('goes on at the first house to pass', () => {
    const [trace] = simulate(config, sides(allFor, allAgainst)).proposals;
    // The faster house passes at 1,100 s; the timelock adds 500 s.
    expect([trace!.outcome, trace!.executableAfter]).toEqual(['executed', 1_600]);
    expect(joinStep(trace!)).toMatchObject({ branch: 'passed', at: 1_100 });
  });

  it('waits for the slower house when the faster one fails', () => {
    const [trace] = simulate(config, sides(allAgainst, allFor)).proposals;
    expect([trace!.outcome, trace!.executableAfter]).toEqual(['executed', 3_700]);
    expect(joinStep(trace!)).toMatchObject({ branch: 'passed', at: 3_200 });
  });

  it('fails once neither house can pass any more', () => {
    const [trace] = simulate(config, sides(allAgainst, allAgainst)).proposals;
    expect(trace!.outcome).toBe('rejected');
    expect(joinStep(trace!)).toMatchObject({ branch: 'failed', at: 3_200 });
  });
});

describe('simulate: a join fed by a branch this proposal type never takes', () => {
  // Type "a" goes to house A, type "b" to house B; both lead into one join.
  const routed = (join: 'all-of' | 'any-of') =>
    compiled(
      document(
        'routed',
        [
          { id: 'propose', kind: 'proposal', params: { types: ['a', 'b'], minVotingPower: '0' } },
          { id: 'tok', kind: 'token-holders', params: token('T', '1000') },
          {
            id: 'which',
            kind: 'route-by-type',
            params: { routes: [{ port: 'toA', types: ['a'] }], otherwise: 'toB' },
          },
          {
            id: 'houseA',
            kind: 'majority-vote',
            params: { quorum: { percent: '10' }, votingDelay: 0, votingPeriod: 1000 },
          },
          {
            id: 'houseB',
            kind: 'majority-vote',
            params: { quorum: { percent: '10' }, votingDelay: 0, votingPeriod: 2000 },
          },
          { id: 'both', kind: join },
          { id: 'run', kind: 'execute' },
          { id: 'stop', kind: 'reject' },
        ],
        [
          'tok.voters -> houseA.voters',
          'tok.voters -> houseB.voters',
          'propose.out -> which.in',
          'which.toA -> houseA.in',
          'which.toB -> houseB.in',
          'houseA.passed -> both.in',
          'houseB.passed -> both.in',
          'houseA.failed -> stop.in',
          'houseB.failed -> stop.in',
          'both.passed -> run.in',
          'both.failed -> stop.in',
        ],
      ),
    );
  const everyoneFor = (type: string): Scenario => ({
    seed: 1,
    defaultElectorate: { distribution: 'equal', holders: 4 },
    turnout: 1,
    preference: allFor,
    proposals: [{ type }],
  });

  it('can never pass an all-of: it fails as soon as the proposal heads for it', () => {
    const [trace] = simulate(routed('all-of'), everyoneFor('a')).proposals;
    expect(trace!.outcome).toBe('rejected');
    expect(joinStep(trace!)).toMatchObject({ branch: 'failed', at: 0 });
  });

  it('passes an any-of by the branch it takes', () => {
    const [trace] = simulate(routed('any-of'), everyoneFor('b')).proposals;
    // House B votes from the start for 2,000 s.
    expect([trace!.outcome, trace!.executableAfter]).toEqual(['executed', 2_000]);
  });
});

describe('simulate: routing by amount around a join', () => {
  const treasury = compiled(
    document(
      'treasury',
      [
        { id: 'propose', kind: 'proposal', params: { types: ['spend'], minVotingPower: '0' } },
        { id: 'tok', kind: 'token-holders', params: token('T', '100') },
        {
          id: 'council',
          kind: 'signers',
          params: { signers: [`0x${'a'.repeat(40)}`, `0x${'b'.repeat(40)}`, `0x${'c'.repeat(40)}`] },
        },
        {
          id: 'amount',
          kind: 'route-by-amount',
          params: {
            asset: { symbol: 'USDC', decimals: 6 },
            bands: [{ port: 'small', below: '1000' }],
            otherwise: 'large',
          },
        },
        {
          id: 'vote',
          kind: 'majority-vote',
          params: { quorum: { percent: '10' }, votingDelay: 10, votingPeriod: 50 },
        },
        { id: 'sign', kind: 'multisig', params: { threshold: 2 } },
        { id: 'both', kind: 'all-of' },
        { id: 'wait', kind: 'timelock', params: { delay: 100 } },
        { id: 'run', kind: 'execute', params: { executor: 'safe' } },
        { id: 'stop', kind: 'reject' },
      ],
      [
        'tok.voters -> vote.voters',
        'council.voters -> sign.voters',
        'propose.out -> amount.in',
        'amount.small -> run.in',
        'amount.large -> vote.in',
        'amount.large -> sign.in',
        'vote.passed -> both.in',
        'sign.passed -> both.in',
        'vote.failed -> stop.in',
        'sign.failed -> stop.in',
        'both.passed -> wait.in',
        'both.failed -> stop.in',
        'wait.out -> run.in',
      ],
    ),
  );
  const spend = (amount: string, council = allFor): Scenario => ({
    seed: 1,
    defaultElectorate: { distribution: 'equal', holders: 10 },
    turnout: 1,
    preference: allFor,
    proposals: [{ type: 'spend', amount, byElectorate: { council: { preference: council } } }],
  });

  it('sends an amount below the band straight to execution, and the join does nothing', () => {
    // 999.999999 USDC in base units.
    const [trace] = simulate(treasury, spend('999999999')).proposals;
    expect(trace!.steps.map((step) => [step.node, step.branch])).toEqual([
      ['propose', 'out'],
      ['amount', 'small'],
      ['run', null],
    ]);
    expect(trace!.executableAfter).toBe(0);
  });

  it('runs both branches of a large amount in parallel and joins them at the later one', () => {
    const [trace] = simulate(treasury, spend('1000000000')).proposals;
    expect(trace!.steps.map((step) => [step.node, step.branch, step.at, step.until])).toEqual([
      ['propose', 'out', 0, 0],
      ['amount', 'large', 0, 0],
      ['sign', 'passed', 0, 0],
      ['vote', 'passed', 0, 60],
      ['both', 'passed', 60, 60],
      ['wait', 'out', 60, 160],
      ['run', null, 160, 160],
    ]);
    expect([trace!.outcome, trace!.executableAfter]).toEqual(['executed', 160]);
  });

  it('rejects when the council refuses, by the join failing at once', () => {
    const [trace] = simulate(treasury, spend('5000000000', allAgainst)).proposals;
    expect(trace!.steps.map((step) => [step.node, step.branch, step.at])).toEqual([
      ['propose', 'out', 0],
      ['amount', 'large', 0],
      ['sign', 'failed', 0],
      ['vote', 'passed', 0],
      ['both', 'failed', 0],
      ['stop', null, 0],
      ['stop', null, 0],
    ]);
    expect([trace!.outcome, trace!.end]).toEqual(['rejected', 'stop']);
  });
});

describe('joinVerdict', () => {
  const base = { arrivals: [], open: 2, live: 2, unreachable: 0, inPlay: true };

  it('passes an all-of only when every edge brought the proposal by a passing exit', () => {
    expect(joinVerdict({ ...base, needs: 'all', arrivals: [true], open: 1, live: 1 })).toBeUndefined();
    expect(joinVerdict({ ...base, needs: 'all', arrivals: [true, true], open: 0, live: 0 })).toBe(true);
    expect(joinVerdict({ ...base, needs: 'all', arrivals: [true, false], open: 0, live: 0 })).toBe(false);
  });

  it('fails an all-of once an edge cannot bring it or leads in from off the route, if the join is in play', () => {
    expect(joinVerdict({ ...base, needs: 'all', live: 1 })).toBe(false);
    expect(joinVerdict({ ...base, needs: 'all', unreachable: 1 })).toBe(false);
    expect(joinVerdict({ ...base, needs: 'all', live: 0, inPlay: false })).toBeUndefined();
  });

  it('passes an any-of at a passing arrival and fails it when none can come', () => {
    expect(joinVerdict({ ...base, needs: 'any', arrivals: [false, true], open: 0, live: 0 })).toBe(true);
    expect(joinVerdict({ ...base, needs: 'any', live: 1 })).toBeUndefined();
    expect(joinVerdict({ ...base, needs: 'any', arrivals: [false], open: 1, live: 0 })).toBe(false);
    expect(joinVerdict({ ...base, needs: 'any', live: 0, inPlay: false })).toBeUndefined();
  });
});
