import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../compiler/simulate/scenario/scenario.ts';
import { simulate } from '../../compiler/simulate/simulate.ts';
import { allAgainst, allFor, compiled, document, token } from './compiled.ts';

/** A proposal decided by one concave decision of `kind` with `params`, over a 1,000-token electorate. */
function concave(kind: string, params: Record<string, unknown>) {
  return compiled(
    document(
      'choices',
      [
        { id: 'propose', kind: 'proposal', params: { types: ['choose'], minVotingPower: '0' } },
        { id: 'tok', kind: 'token-holders', params: token('T', '1000') },
        { id: 'pick', kind, params },
        { id: 'done', kind: 'signal', params: { platform: 'snapshot' } },
        { id: 'none', kind: 'reject' },
      ],
      [
        'tok.voters -> pick.voters',
        'propose.out -> pick.in',
        'pick.decided -> done.in',
        'pick.failed -> none.in',
      ],
    ),
  );
}

const choice = (kind: string) => concave(kind, { votingPeriod: 600, quorum: { percent: '10' } });

const run = (config: ReturnType<typeof concave>, scenario: Partial<Scenario>) =>
  simulate(config, {
    seed: 1,
    defaultElectorate: { distribution: 'equal', holders: 10 },
    turnout: 1,
    proposals: [{ type: 'choose', options: ['A', 'B', 'C'] }],
    ...scenario,
  }).proposals[0]!;

describe('simulate: multi-choice votes over the proposal options', () => {
  it('scores every option with the Snapshot mechanism from the ballots of those For, and decides after the period', () => {
    for (const seed of [1, 2, 3]) {
      const approval = run(choice('approval'), { seed, preference: allFor });
      expect(approval.outcome).toBe('signalled');
      expect(approval.steps[1]!.until).toBe(600);
      const scores = approval.steps[1]!.scores!;
      expect(scores.map((s) => s.option)).toEqual(['A', 'B', 'C']);
      // Ten voters of 100 each: an option is approved by at most all of them.
      for (const { score } of scores) expect(score % 100 === 0 && score >= 0 && score <= 1000).toBe(true);
      expect(scores.some(({ score }) => score > 0)).toBe(true);
    }
  });

  it('gives quadratic and ranked-choice scores that add up to the power of the ballots cast (For only)', () => {
    for (const kind of ['quadratic-voting', 'ranked-choice']) {
      // Ten holders of 100 split between For and Against: only For casts a ballot, so the scores add up to the
      // For power in the tally.
      const step = run(choice(kind), { seed: 5, preference: { for: 1, against: 1, abstain: 0 } }).steps[1]!;
      const total = step.scores!.reduce((sum, { score }) => sum + score, 0);
      expect(total).toBeCloseTo(Number(step.tally!.for), 9);
    }
  });

  it('scores nothing when the proposal lists no options', () => {
    const trace = run(choice('approval'), { preference: allFor, proposals: [{ type: 'choose' }] });
    expect(trace.steps[1]!.node).toBe('pick');
    expect(trace.steps[1]!.scores).toBeUndefined();
    expect(trace.outcome).toBe('signalled');
  });

  it('never decides what nobody backs: everyone Against', () => {
    for (const kind of ['approval', 'ranked-choice', 'quadratic-voting']) {
      const trace = run(choice(kind), { preference: allAgainst });
      expect([kind, trace.outcome, trace.steps[1]!.branch]).toEqual([kind, 'rejected', 'failed']);
    }
    const split = concave('budget-split', { budget: '1000', asset: { symbol: 'USDC', decimals: 6 } });
    expect(run(split, { preference: allAgainst }).outcome).toBe('rejected');
    expect(run(split, { preference: allFor }).outcome).toBe('signalled');
  });

  it('counts only the ballots (For) toward a multi-choice quorum', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const step = run(choice('approval'), { seed, preference: { for: 1, against: 1, abstain: 1 } })
        .steps[1]!;
      expect(step.quorum!.counted).toBe(step.tally!.for);
      // 10% of 1,000: a ballot of 100 meets it.
      expect(step.branch).toBe(BigInt(step.tally!.for) >= 100n ? 'decided' : 'failed');
    }
  });
});

describe('simulate: a score vote', () => {
  /** Scores 0 or 1: For scores 1, Against 0; an option is chosen when its aggregate is above ½. */
  const score = (aggregation: 'mean' | 'median') =>
    concave('score', { minScore: 0, maxScore: 1, aggregation, votingPeriod: 600 });
  const vote = (preference: Scenario['preference'], seed = 1, aggregation: 'mean' | 'median' = 'mean') =>
    run(score(aggregation), {
      seed,
      defaultElectorate: { distribution: 'equal', holders: 4 },
      preference,
      proposals: [{ type: 'choose' }],
    });

  it('does not decide when everyone scores 0', () => {
    const trace = vote(allAgainst);
    expect(trace.outcome).toBe('rejected');
    expect(trace.steps[1]).toMatchObject({
      branch: 'failed',
      threshold: { rule: 'mean score > 0.5', needed: '0.5', counted: '0', met: false },
    });
  });

  it('decides when everyone scores the top of the scale', () => {
    const trace = vote(allFor);
    expect(trace.outcome).toBe('signalled');
    expect(trace.steps[1]).toMatchObject({
      branch: 'decided',
      until: 600,
      threshold: { counted: '1', met: true },
    });
  });

  it('on a scale of 0 to 1, decides exactly when For outweighs Against (mean) or holds more than half (median)', () => {
    const mixed = { for: 1, against: 1, abstain: 1 };
    for (let seed = 1; seed <= 20; seed++) {
      // Scores are 1 (For) and 0 (Against): the mean is For / (For + Against), above ½ iff For > Against; the lower
      // median is 1 iff For is more than half of For + Against.
      for (const aggregation of ['mean', 'median'] as const) {
        const step = vote(mixed, seed, aggregation).steps[1]!;
        const yes = BigInt(step.tally!.for);
        const no = BigInt(step.tally!.against);
        expect(step.branch).toBe(yes > no ? 'decided' : 'failed');
      }
    }
  });

  it('chooses an option by its mean or median over the scale 0 to 5, worked by hand', () => {
    // Mean of 3, 4, 5 and 0 weighted by 100, 100, 100 and 700: (300 + 400 + 500) / 1,000 = 1.2, below 2.5.
    const ballots = [
      { scores: [3], weight: 100n },
      { scores: [4], weight: 100n },
      { scores: [5], weight: 100n },
      { scores: [0], weight: 700n },
    ];
    return import('../../compiler/simulate/mechanisms/score-vote.ts').then(({ scoreVote }) => {
      const p = { options: 1, minScore: 0, maxScore: 5, ballots };
      expect(scoreVote({ ...p, aggregation: 'mean' })).toEqual({ scores: [1.2], chosen: [false] });
      // The weighted lower median: 700 of 1,000 scored 0.
      expect(scoreVote({ ...p, aggregation: 'median' })).toEqual({ scores: [0], chosen: [false] });
      const most = ballots.map((b, i) => (i === 3 ? { scores: [2], weight: 200n } : b));
      // (300 + 400 + 500 + 400) / 500 = 3.2 > 2.5; the lower median of 2 (200), 3, 4, 5 (100 each) is 3.
      expect(scoreVote({ ...p, ballots: most, aggregation: 'mean' })).toEqual({
        scores: [3.2],
        chosen: [true],
      });
      expect(scoreVote({ ...p, ballots: most, aggregation: 'median' })).toEqual({
        scores: [3],
        chosen: [true],
      });
    });
  });
});
