// Mechanism benchmarks: each Charter figure beside the limit (a tight typed-array loop doing the same sums) and,
// for Snapshot's types, the peer (@snapshot-labs/snapshot.js scoring the same ballots). Prints; never asserts.
import { readFileSync } from 'node:fs';
import snapshot from '@snapshot-labs/snapshot.js';
import { compile } from '../../compiler/compile/compile.ts';
import { approval } from '../../compiler/simulate/mechanisms/approval.ts';
import { copeland } from '../../compiler/simulate/mechanisms/copeland.ts';
import { type MajorityVote, majority } from '../../compiler/simulate/mechanisms/majority.ts';
import { quadratic } from '../../compiler/simulate/mechanisms/quadratic.ts';
import { quadraticFunding } from '../../compiler/simulate/mechanisms/quadratic-funding.ts';
import { rankedChoice } from '../../compiler/simulate/mechanisms/ranked-choice.ts';
import { singleChoice } from '../../compiler/simulate/mechanisms/single-choice.ts';
import type {
  SnapshotParameters,
  SnapshotTally,
  SnapshotVote,
} from '../../compiler/simulate/mechanisms/snapshot-types.ts';
import { weighted } from '../../compiler/simulate/mechanisms/weighted.ts';
import { monteCarlo } from '../../compiler/simulate/monte-carlo/monte-carlo.ts';
import { defaultScenario } from '../../compiler/simulate/scenario/default-scenario.ts';
import { medianMs, report } from './measure.ts';

type Voting = new (
  proposal: { choices: string[] },
  votes: { choice: unknown; balance: number; scores: number[] }[],
  strategies: unknown[],
  selected: unknown,
) => { getScores(): number[]; getScoresTotal(): number };
const peer = (snapshot as unknown as { utils: { voting: Record<string, Voting> } }).utils.voting;

let seed = 42;
const random = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const int = (n: number): number => Math.floor(random() * n);
const shuffled = (n: number): number[] => {
  const items = Array.from({ length: n }, (_, i) => i + 1);
  for (let i = n - 1; i > 0; i--) {
    const j = int(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
};

// Majority: 1,000,000 wei-sized votes (up to 2^62 base units, which BigInt64Array can hold).
{
  const count = 1_000_000;
  const supports = new Uint8Array(count);
  const weights = new BigInt64Array(count);
  const votes: MajorityVote[] = new Array(count);
  const sides = ['for', 'against', 'abstain'] as const;
  for (let i = 0; i < count; i++) {
    supports[i] = int(3);
    weights[i] = BigInt(Math.floor(random() * 2 ** 30)) * BigInt(Math.floor(random() * 2 ** 32));
    votes[i] = { support: sides[supports[i]!]!, weight: weights[i]! };
  }
  const supply = 10n ** 30n;
  const ours = medianMs(() =>
    majority({ supply, quorum: { percent: '4' }, quorumCounts: 'for+abstain', votes }),
  );
  const limit = medianMs(() => {
    let f = 0n;
    let a = 0n;
    let ab = 0n;
    for (let i = 0; i < count; i++) {
      const w = weights[i]!;
      const s = supports[i];
      if (s === 0) f += w;
      else if (s === 1) a += w;
      else ab += w;
    }
    return f + a + ab;
  });
  report('majority, 1,000,000 votes', ours, `${(ours / limit).toFixed(2)}× the limit (aim: within 2×)`);
  report('  limit: BigInt64Array loop, same sums', limit);
}

// Snapshot types: Charter against snapshot.js on the same ballots.
function snapshotFigure(
  label: string,
  type: string,
  mechanism: (p: SnapshotParameters) => SnapshotTally,
  choices: string[],
  votes: SnapshotVote[],
  limit?: () => unknown,
): void {
  const ours = medianMs(() => mechanism({ choices, votes }));
  const peerVotes = votes.map((vote) => ({ choice: vote.choice, balance: vote.vp, scores: [vote.vp] }));
  const theirs = medianMs(() => new peer[type]!({ choices }, peerVotes, [{}], undefined).getScores(), {
    samples: 3,
    warmup: 1,
  });
  report(label, ours, `${(theirs / ours).toFixed(0)}× faster than snapshot.js (aim: ≥ 20×)`);
  report('  peer: snapshot.js getScores', theirs);
  if (limit) report('  limit: Float64Array loop, same sums', medianMs(limit));
}

{
  const choices = ['a', 'b', 'c', 'd'];
  const count = 1_000_000;
  const votes: SnapshotVote[] = Array.from({ length: count }, () => ({
    choice: 1 + int(4),
    vp: random() * 1000,
  }));
  const picks = Int32Array.from(votes, (vote) => (vote.choice as number) - 1);
  const vps = Float64Array.from(votes, (vote) => vote.vp);
  snapshotFigure(
    'single-choice, 1,000,000 votes × 4 choices',
    'single-choice',
    singleChoice,
    choices,
    votes,
    () => {
      const scores = new Float64Array(4);
      for (let i = 0; i < count; i++) scores[picks[i]!]! += vps[i]!;
      return scores;
    },
  );
}
{
  const choices = Array.from({ length: 10 }, (_, i) => `c${i}`);
  const count = 100_000;
  const ballots = Array.from({ length: count }, () => shuffled(10));
  const votes: SnapshotVote[] = ballots.map((choice) => ({ choice, vp: 1 + int(1000) }));
  snapshotFigure(
    'ranked-choice, 100,000 ballots × 10 choices',
    'ranked-choice',
    rankedChoice,
    choices,
    votes,
  );
  snapshotFigure('copeland, 100,000 ballots × 10 choices', 'copeland', copeland, choices, votes);
  const approvals: SnapshotVote[] = ballots.map((order) => ({
    choice: order.slice(0, 1 + int(5)),
    vp: 1 + int(1000),
  }));
  snapshotFigure('approval, 100,000 ballots × 10 choices', 'approval', approval, choices, approvals);
  const spreads: SnapshotVote[] = ballots.map((order) => ({
    choice: Object.fromEntries(order.slice(0, 1 + int(4)).map((c) => [c, 1 + int(10)])),
    vp: 1 + int(1000),
  }));
  snapshotFigure('weighted, 100,000 ballots × 10 choices', 'weighted', weighted, choices, spreads);
  snapshotFigure('quadratic, 100,000 ballots × 10 choices', 'quadratic', quadratic, choices, spreads);
}

// Quadratic funding: 100,000 contributions over 1,000 projects, in 18-decimal base units.
{
  const count = 100_000;
  const contributions = Array.from({ length: count }, () => ({
    project: `p${int(1000)}`,
    contributor: `0x${int(20_000).toString(16).padStart(40, '0')}`,
    amount: BigInt(1 + int(1_000_000)) * 10n ** 15n,
  }));
  const ours = medianMs(() => quadraticFunding({ pool: 10n ** 24n, cap: { percent: '5' }, contributions }), {
    samples: 5,
  });
  const projects = Int32Array.from(contributions, (c) => Number(c.project.slice(1)));
  const amounts = Float64Array.from(contributions, (c) => Number(c.amount));
  const limit = medianMs(() => {
    const roots = new Float64Array(1000);
    const sums = new Float64Array(1000);
    for (let i = 0; i < count; i++) {
      roots[projects[i]!]! += Math.sqrt(amounts[i]!);
      sums[projects[i]!]! += amounts[i]!;
    }
    let total = 0;
    for (let p = 0; p < 1000; p++) total += roots[p]! * roots[p]! - sums[p]!;
    return total;
  });
  report(
    'quadratic funding, 100,000 contributions × 1,000 projects',
    ours,
    `${(ours / limit).toFixed(1)}× the limit (exact bigint, per-contributor totals)`,
  );
  report('  limit: Float64Array loop, √ sums per project', limit);
}

{
  // The token-governor template with the default scenario: 100 Pareto holders, one proposal of each of its two
  // types, so each run generates an electorate and tallies two token votes.
  const text = readFileSync(
    new URL('../../rules-schema/examples/token-governor.charter.json', import.meta.url),
    'utf8',
  );
  const compiled = compile(JSON.parse(text));
  if (!compiled.ok) throw new Error('the token-governor template does not compile');
  const scenario = defaultScenario(compiled.config);
  const ms = medianMs(() => monteCarlo(compiled.config, scenario, { runs: 10_000 }), {
    samples: 3,
    warmup: 1,
  });
  report(
    'Monte Carlo, 10,000 runs of token-governor',
    ms,
    `${((ms * 1000) / 10_000).toFixed(1)} µs a run (100 holders, 2 proposals)`,
  );
}
