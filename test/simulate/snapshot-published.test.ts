import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { approval } from '../../compiler/simulate/mechanisms/approval.ts';
import { copeland } from '../../compiler/simulate/mechanisms/copeland.ts';
import { quadratic } from '../../compiler/simulate/mechanisms/quadratic.ts';
import { rankedChoice } from '../../compiler/simulate/mechanisms/ranked-choice.ts';
import { singleChoice } from '../../compiler/simulate/mechanisms/single-choice.ts';
import type { SnapshotParameters, SnapshotTally } from '../../compiler/simulate/mechanisms/snapshot-types.ts';
import { weighted } from '../../compiler/simulate/mechanisms/weighted.ts';

// Snapshot's own documented cases: the examples and expected scores shipped with @snapshot-labs/snapshot.js
// 0.17.5 in src/voting/examples/*.json, used by its src/voting/*.spec.js.
const require = createRequire(import.meta.url);
interface Example {
  proposal: { choices: string[] };
  scores: number[];
  scoresTotal: number;
  votes: { choice: unknown; balance: number }[];
}
const example = (name: string): Example =>
  require(`@snapshot-labs/snapshot.js/src/voting/examples/${name}.json`);
const run = (
  mechanism: (p: SnapshotParameters) => SnapshotTally,
  e: Example,
  votes = e.votes,
): SnapshotTally =>
  mechanism({
    choices: e.proposal.choices,
    votes: votes.map((vote) => ({ choice: vote.choice, vp: vote.balance })),
  });

describe("Snapshot's published examples", () => {
  it.each([
    ['singleChoice', singleChoice],
    ['approval', approval],
    ['weighted', weighted],
    ['quadratic', quadratic],
    ['rankedChoice', rankedChoice],
  ] as const)('%s gives the expected scores and scoresTotal exactly', (name, mechanism) => {
    const e = example(name);
    expect(run(mechanism, e)).toEqual({ scores: e.scores, scoresTotal: e.scoresTotal });
  });

  it('copeland gives the scores in snapshot.js copeland.spec.js.snap (the JSON example has a partial ballot)', () => {
    // __snapshots__/copeland.spec.js.snap, "getScores 1": the fourth ballot [2, 1] is partial and so invalid.
    expect(run(copeland, example('copeland'))).toEqual({
      scores: [1.4871794871794872, 1, 0.5128205128205128, 0],
      scoresTotal: 3,
    });
  });

  it('ignores the invalid ballots of the spec files, which still count in scoresTotal', () => {
    // quadratic.spec.js: an all-zero ballot is invalid; singleChoice.spec.js-style out-of-range choices likewise.
    const q = example('quadratic');
    const withZero = [...q.votes, { choice: { 1: 0, 2: 0, 3: 0 }, balance: 3 }];
    expect(run(quadratic, q, withZero)).toEqual({ scores: q.scores, scoresTotal: q.scoresTotal + 3 });
    const s = example('singleChoice');
    const invalid = [0, 5, -1, 1.5, '1', null, [1]].map((choice) => ({ choice, balance: 1 }));
    expect(run(singleChoice, s, [...s.votes, ...invalid])).toEqual({
      scores: s.scores,
      scoresTotal: s.scoresTotal + 7,
    });
    // copeland.spec.js votesWithInvalidChoices: these do not count anywhere, not even in Copeland's scoresTotal.
    const c = example('copeland');
    const bad = [[0, 1], [1, 5], [1, 1], [], [1, 2, 3, 4, 5]].map((choice) => ({ choice, balance: 1 }));
    expect(run(copeland, c, [...bad, ...c.votes]).scoresTotal).toBe(3);
  });

  it('copeland with decimal voting power, from copeland.spec.js', () => {
    const tally = copeland({
      choices: ['Alice', 'Bob', 'Carol'],
      votes: [
        { choice: [1, 2, 3], vp: 1.5 },
        { choice: [2, 1, 3], vp: 2.75 },
        { choice: [3, 2, 1], vp: 0.25 },
      ],
    });
    expect(tally.scoresTotal).toBe(4.5);
    expect(tally.scores.reduce((a, b) => a + b, 0)).toBeCloseTo(4.5, 12);
    // Bob beats Alice 3 to 1.5 and Carol 4.25 to 0.25, so he has the most points.
    expect(tally.scores[1]).toBe(Math.max(...tally.scores));
  });
});

describe('the Tennessee capital example', () => {
  // Wikipedia, "Instant-runoff voting" and "Copeland's method": 42% Memphis (M>N>C>K), 26% Nashville (N>C>K>M),
  // 15% Chattanooga (C>K>N>M), 17% Knoxville (K>C>N>M). Instant runoff eliminates Chattanooga, then Nashville,
  // and Knoxville wins 58 to 42; Nashville is the Condorcet winner and wins under Copeland.
  const choices = ['Memphis', 'Nashville', 'Chattanooga', 'Knoxville'];
  const votes = [
    { choice: [1, 2, 3, 4], vp: 42 },
    { choice: [2, 3, 4, 1], vp: 26 },
    { choice: [3, 4, 2, 1], vp: 15 },
    { choice: [4, 3, 2, 1], vp: 17 },
  ];

  it('instant runoff elects Knoxville 58 to 42', () => {
    expect(rankedChoice({ choices, votes })).toEqual({ scores: [42, 0, 0, 58], scoresTotal: 100 });
  });

  it('Copeland ranks Nashville first, then Chattanooga, Knoxville, Memphis', () => {
    const { scores } = copeland({ choices, votes });
    const ranking = [...choices].sort((a, b) => scores[choices.indexOf(b)]! - scores[choices.indexOf(a)]!);
    expect(ranking).toEqual(['Nashville', 'Chattanooga', 'Knoxville', 'Memphis']);
  });

  it('plurality (single choice) elects Memphis', () => {
    const plurality = singleChoice({ choices, votes: votes.map((v) => ({ choice: v.choice[0], vp: v.vp })) });
    expect(plurality.scores).toEqual([42, 26, 15, 17]);
  });
});
