import { describe, expect, it } from 'vitest';
import { graphView } from '../../compiler/compile/graph-view.ts';
import { analyzePaths, type FlowStep } from '../../compiler/paths/analyze-paths.ts';
import { firstReached } from '../../compiler/paths/first-reached.ts';
import { checkDocument } from '../../compiler/validate/validate-document.ts';
import { wiredDocument } from '../fixtures/wired-document.ts';

// A vote whose passing exit waits in a timelock before Execute, and whose failing exit executes at once.
const { filled } = checkDocument(
  wiredDocument(
    [
      { id: 'propose', kind: 'proposal' },
      {
        id: 'holders',
        kind: 'token-holders',
        params: { token: { symbol: 'ACME', decimals: 18, totalSupply: '1000' } },
      },
      { id: 'vote', kind: 'majority-vote', params: { quorum: { percent: '4' } } },
      { id: 'delay', kind: 'timelock', params: { delay: 172_800 } },
      { id: 'run', kind: 'execute' },
      { id: 'now', kind: 'execute' },
    ],
    [
      'propose.out -> vote.in',
      'holders.voters -> vote.voters',
      'vote.passed -> delay.in',
      'delay.out -> run.in',
      'vote.failed -> now.in',
    ],
  ),
);
const flow = analyzePaths(graphView(filled!)).flows[0]!;
const isExecution = (step: FlowStep) => step.flow.role === 'outcome' && step.flow.outcome === 'executed';

describe('firstReached', () => {
  it('finds the nearest step it is asked for, breadth first', () => {
    expect(firstReached(flow, [flow.proposal], isExecution, () => true)?.node).toBe('now');
  });

  it('does not go on through a step it may not pass', () => {
    const notPastVote = (step: FlowStep) => step.flow.role !== 'decision';
    expect(firstReached(flow, [flow.proposal], isExecution, notPastVote)).toBeUndefined();
    expect(firstReached(flow, ['delay'], isExecution, notPastVote)?.node).toBe('run');
  });

  it('checks the steps it starts from', () => {
    expect(firstReached(flow, ['run'], isExecution, () => false)?.node).toBe('run');
  });
});
