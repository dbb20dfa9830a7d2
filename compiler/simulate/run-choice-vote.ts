import type { ConfigBody } from '../generated/charter-config.ts';
import type { DrawnVote } from './draw-votes.ts';
import { approval } from './mechanisms/approval.ts';
import { quadratic } from './mechanisms/quadratic.ts';
import { rankedChoice } from './mechanisms/ranked-choice.ts';
import type { SnapshotParameters, SnapshotTally } from './mechanisms/snapshot-types.ts';
import type { GeneratedElectorate } from './scenario/generate-electorate.ts';

/** The scores of a multi-choice vote, one per option, in voting power (Snapshot's floating point). */
export type ChoiceScores = { option: string; score: number }[];

const mechanisms: Record<string, (parameters: SnapshotParameters) => SnapshotTally> = {
  approval,
  'ranked-choice': rankedChoice,
  'quadratic-voting': quadratic,
};

/** A uniformly shuffled copy of 1..n (Fisher–Yates). */
function permutation(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i + 1);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/**
 * Scores of a multi-choice decision (approval, ranked-choice, quadratic-voting) over the proposal's options, with
 * Snapshot's mechanism, from ballots drawn for every voter who took part (whatever side they drew): an approval
 * ballot approves each option with probability ½ (at least one, at most `maxApprovals`), a ranked ballot ranks every
 * option in a uniformly random order, a quadratic ballot gives each option a weight from 0 to 3 (at least one
 * positive). Voting power is the holder's balance as a double. Undefined for other kinds or fewer than two options.
 */
export function runChoiceVote(
  body: ConfigBody,
  electorate: GeneratedElectorate,
  votes: readonly DrawnVote[],
  options: readonly string[],
  random: () => number,
): ChoiceScores | undefined {
  const mechanism = mechanisms[body.kind];
  if (mechanism === undefined || options.length < 2) return undefined;
  const maxApprovals = Number((body.rule as { maxApprovals?: number }).maxApprovals ?? options.length);
  const ballots = votes.map((vote) => {
    let choice: unknown;
    if (body.kind === 'ranked-choice') choice = permutation(options.length, random);
    else if (body.kind === 'approval') {
      const picked = options.map((_, i) => i + 1).filter(() => random() < 0.5);
      const chosen = picked.length === 0 ? [1 + Math.floor(random() * options.length)] : picked;
      choice = chosen.slice(0, Math.max(1, maxApprovals));
    } else {
      const weights: Record<string, number> = {};
      for (let i = 0; i < options.length; i++) {
        const weight = Math.floor(random() * 4);
        if (weight > 0) weights[String(i + 1)] = weight;
      }
      if (Object.keys(weights).length === 0) weights[String(1 + Math.floor(random() * options.length))] = 1;
      choice = weights;
    }
    return { choice, vp: Number(electorate.holders[vote.holder]!.balance) };
  });
  const { scores } = mechanism({ choices: options, votes: ballots });
  return options.map((option, i) => ({ option, score: scores[i]! }));
}
