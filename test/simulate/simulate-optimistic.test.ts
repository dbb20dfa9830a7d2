import { describe, expect, it } from 'vitest';
import { simulate } from '../../compiler/simulate/simulate.ts';
import { allAgainst, compiled, document, holders, token } from './compiled.ts';

/** Optimistic approval over a 1,000-token electorate: blocked by objections of more than 12% of supply within 3 days. */
const config = compiled(
  document(
    'optimistic',
    [
      { id: 'propose', kind: 'proposal', params: { types: ['ops'], minVotingPower: '0' } },
      { id: 'tok', kind: 'token-holders', params: token('T', '1000') },
      {
        id: 'object',
        kind: 'optimistic',
        params: { challengePeriod: 259_200, objectionThreshold: { percent: '12' } },
      },
      { id: 'run', kind: 'execute', params: { executor: 'safe' } },
      { id: 'stop', kind: 'reject' },
    ],
    [
      'tok.voters -> object.voters',
      'propose.out -> object.in',
      'object.passed -> run.in',
      'object.failed -> stop.in',
    ],
  ),
);

const run = (csv: string) =>
  simulate(config, {
    seed: 1,
    electorates: { tok: { distribution: 'csv', csv } },
    turnout: 1,
    preference: allAgainst,
    proposals: [{ type: 'ops' }],
  }).proposals[0]!;

describe('simulate: an optimistic proposal', () => {
  it('goes through after the challenge period when objections are exactly 12% of supply, as on Snapshot', () => {
    // Snapshot rejects only when Against is strictly more than the rejection quorum (120 here).
    const trace = run(holders(60, 60));
    expect(trace.steps[1]).toMatchObject({
      branch: 'passed',
      until: 259_200,
      threshold: { rule: 'objections > threshold blocks', needed: '120', counted: '120', met: false },
    });
    expect(trace.executableAfter).toBe(259_200);
  });

  it('is blocked when objections exceed the threshold', () => {
    const trace = run(holders(60, 61));
    expect(trace.steps[1]).toMatchObject({ branch: 'failed', threshold: { counted: '121', met: true } });
    expect([trace.outcome, trace.end]).toEqual(['rejected', 'stop']);
  });
});
