import type { DecisionInput, DecisionOutcome } from '../../nodes/simulation-step.ts';
import type { SnapshotParameters, SnapshotTally } from '../mechanisms/snapshot-types.ts';
import { backedByFor } from './backed-by-for.ts';

/**
 * A multi-choice vote run as Snapshot runs it (approval, ranked choice, quadratic): Snapshot's ballot has no
 * Against and no Abstain, so only voters drawn For cast a ballot, `ballot(n)` for the proposal's n options (drawn
 * from the simulation's random stream, in voter order), with their balance as voting power. It is decided when at
 * least one ballot was cast and their power meets the quorum (Snapshot's quorum counts the ballots' power); it
 * takes the voting period. With two options or more the trace has each option's score from `mechanism`.
 */
export function choiceVote(
  input: DecisionInput,
  mechanism: (parameters: SnapshotParameters) => SnapshotTally,
  ballot: (options: number, random: () => number) => unknown,
): DecisionOutcome {
  const { body, electorate, proposal, random } = input;
  const { backers, result } = backedByFor(
    input,
    'ballots for an option',
    Number(body.rule.votingPeriod ?? 0),
  );
  const options = proposal.options;
  if (options === undefined || options.length < 2) return result;
  const ballots = backers.map((vote) => ({
    choice: ballot(options.length, random),
    vp: Number(electorate.holders[vote.holder]!.balance),
  }));
  input.onBallots?.(ballots);
  const { scores } = mechanism({ choices: options, votes: ballots });
  result.scores = options.map((option, i) => ({ option, score: scores[i]! }));
  return result;
}
