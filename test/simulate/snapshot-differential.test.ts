import snapshot from '@snapshot-labs/snapshot.js';
import { describe, expect, it } from 'vitest';
import { approval } from '../../compiler/simulate/mechanisms/approval.ts';
import { copeland } from '../../compiler/simulate/mechanisms/copeland.ts';
import { quadratic } from '../../compiler/simulate/mechanisms/quadratic.ts';
import { rankedChoice } from '../../compiler/simulate/mechanisms/ranked-choice.ts';
import { singleChoice } from '../../compiler/simulate/mechanisms/single-choice.ts';
import type {
  SnapshotParameters,
  SnapshotTally,
  SnapshotVote,
} from '../../compiler/simulate/mechanisms/snapshot-types.ts';
import { weighted } from '../../compiler/simulate/mechanisms/weighted.ts';

// Differential test against the peer: @snapshot-labs/snapshot.js scores thousands of random ballots of every
// Snapshot-compatible type, valid and invalid, and Charter's scores must equal its scores within 1e-9 relative.

type Voting = new (
  proposal: { choices: string[] },
  votes: { choice: unknown; balance: number; scores: number[] }[],
  strategies: unknown[],
  selected: unknown,
) => { getScores(): number[]; getScoresTotal(): number };
type VotingClass = Voting & { isValidChoice(choice: unknown, choices: string[]): boolean };
// The package is CommonJS: its default import is `module.exports`, which TypeScript types as the namespace.
const peer = (snapshot as unknown as { utils: { voting: Record<string, VotingClass> } }).utils.voting;

/** A small seeded generator (mulberry32), so every run checks the same ballots and a failure can be replayed. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  const shuffle = <T>(items: T[]): T[] => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = int(0, i);
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  };
  return { next, int, pick, shuffle };
}
type Random = ReturnType<typeof generator>;

function votingPower(r: Random): number {
  switch (r.int(0, 7)) {
    case 0:
      return 0;
    case 6:
    case 7:
      return r.int(1, 3); // small whole numbers, so that exact ties (at half, at the bottom) come up often
    case 1:
      return r.int(1, 100);
    case 2:
      return r.next() * 1000;
    case 3:
      return r.next() * 1e-6;
    case 4:
      return Math.floor(r.next() * 1e24);
    default:
      return r.int(1, 5) + r.pick([0.1, 0.2, 0.3, 0.7]);
  }
}

/** Something that is not a valid ballot of any type, or only by accident. */
function junk(r: Random, n: number): unknown {
  return r.pick<() => unknown>([
    () => null,
    () => true,
    () => 'abc',
    () => String(r.int(1, n)),
    () => r.int(-2, n + 2),
    () => r.int(1, n) + 0.5,
    () => [],
    () => ({}),
    () => [r.int(0, n + 1), r.int(0, n + 1)],
    () => ({ [r.int(0, n + 1)]: r.int(-1, 3) }),
  ])();
}

function permutation(r: Random, n: number): number[] {
  return r.shuffle(Array.from({ length: n }, (_, i) => i + 1));
}

/** A ballot of the given type: usually valid, sometimes subtly or plainly not. */
const ballots: Record<string, (r: Random, n: number) => unknown> = {
  'single-choice': (r, n) => (r.next() < 0.85 ? r.int(1, n) : junk(r, n)),
  basic: (r, n) => (r.next() < 0.85 ? r.int(1, n) : junk(r, n)),
  approval: (r, n) => {
    if (r.next() < 0.1) return junk(r, n);
    const chosen = permutation(r, n).slice(0, r.int(0, n));
    if (r.next() < 0.1) chosen.push(chosen[0] ?? 1); // a repeat
    if (r.next() < 0.1) chosen.push(String(r.int(0, n + 1)) as unknown as number); // Snapshot's lenient index test
    if (r.next() < 0.05) chosen.push(n + 1);
    return r.shuffle(chosen);
  },
  weighted: (r, n) => weights(r, n),
  quadratic: (r, n) => weights(r, n),
  'ranked-choice': (r, n) => ranking(r, n),
  copeland: (r, n) => ranking(r, n),
};

function weights(r: Random, n: number): unknown {
  if (r.next() < 0.1) return junk(r, n);
  const choice: Record<string, unknown> = {};
  for (const c of permutation(r, n).slice(0, r.int(1, n)))
    choice[c] = r.pick([0, 1, 2, 3, 10, 0.5, r.next() * 100]);
  const twist = r.next();
  if (twist < 0.05)
    choice[n + 1] = 1; // a key that names no choice
  else if (twist < 0.1)
    choice['01'] = 2; // valid by Number("01"), but never looked up
  else if (twist < 0.15)
    choice[1] = -1; // negative
  else if (twist < 0.2) choice[1] = '2'; // not a number
  return choice;
}

function ranking(r: Random, n: number): unknown {
  const ranks: unknown[] = permutation(r, n);
  const twist = r.next();
  if (twist < 0.05) return junk(r, n);
  if (twist < 0.1)
    ranks.pop(); // partial
  else if (twist < 0.15)
    ranks[0] = ranks[1]; // a repeat
  else if (twist < 0.2) ranks[r.int(0, n - 1)] = n + 1;
  else if (twist < 0.22) ranks[0] = 1.5;
  return ranks;
}

const ours: Record<string, (p: SnapshotParameters) => SnapshotTally> = {
  'single-choice': singleChoice,
  // Snapshot's basic vote (For, Against, Abstain) is a single-choice vote over those three.
  basic: singleChoice,
  approval,
  weighted,
  quadratic,
  'ranked-choice': rankedChoice,
  copeland,
};

function close(actual: number, expected: number): boolean {
  return (
    actual === expected ||
    Math.abs(actual - expected) <= 1e-9 * Math.max(Math.abs(actual), Math.abs(expected))
  );
}

describe('differential test against @snapshot-labs/snapshot.js', () => {
  it.each(Object.keys(ours))('%s: the same scores and scoresTotal on thousands of random ballots', (type) => {
    const r = generator(0x5eed + type.length * 7919 + type.charCodeAt(0));
    let ballotsChecked = 0;
    let invalidSeen = 0;
    for (let round = 0; round < 1000; round++) {
      const n = type === 'basic' ? 3 : r.int(1, 7);
      const choices = Array.from({ length: n }, (_, i) => `choice ${i + 1}`);
      const votes: SnapshotVote[] = Array.from({ length: r.int(0, 25) }, () => ({
        choice: ballots[type]!(r, n),
        vp: votingPower(r),
      }));
      const expected = new peer[type]!(
        { choices },
        votes.map((vote) => ({ choice: vote.choice, balance: vote.vp, scores: [vote.vp] })),
        [{}],
        undefined,
      );
      const actual = ours[type]!({ choices, votes });
      const expectedScores = expected.getScores();
      const context = JSON.stringify({ choices: n, votes });
      expect(actual.scores.length, context).toBe(expectedScores.length);
      for (const [i, score] of actual.scores.entries()) {
        expect(
          close(score, expectedScores[i]!),
          `${context}\nscore ${i}: ${score} vs ${expectedScores[i]}`,
        ).toBe(true);
      }
      expect(close(actual.scoresTotal, expected.getScoresTotal()), context).toBe(true);
      ballotsChecked += votes.length;
      invalidSeen += votes.filter((vote) => !peer[type]!.isValidChoice(vote.choice, choices)).length;
    }
    expect(ballotsChecked).toBeGreaterThan(10_000);
    // Both kinds are well represented: invalid ballots are a tenth to a third of the lot.
    expect(invalidSeen).toBeGreaterThan(ballotsChecked / 20);
    expect(invalidSeen).toBeLessThan(ballotsChecked / 2);
  });
});
