import type { DecisionInput, DecisionOutcome } from '../../nodes/simulation-step.ts';
import type { SnapshotParameters, SnapshotTally } from '../mechanisms/snapshot-types.ts';
import { backedDecision } from './backed-decision.ts';
import { tallyVotes } from './tally-votes.ts';

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
  const { body, electorate, votes, proposal, random } = input;
  const { sides, tally } = tallyVotes(electorate, votes);
  const backers = votes.filter((vote) => vote.support === 'for');
  const result: DecisionOutcome = backedDecision({
    rule: body.rule,
    supply: electorate.supply,
    counted: sides.for,
    chosen: backers.length > 0,
    threshold: { rule: 'ballots for an option ≥ 1', needed: '1', counted: String(backers.length) },
    tally,
    duration: Number(body.rule.votingPeriod ?? 0),
  });
  const options = proposal.options;
  if (options === undefined || options.length < 2) return result;
  const ballots = backers.map((vote) => ({
    choice: ballot(options.length, random),
    vp: Number(electorate.holders[vote.holder]!.balance),
  }));
  const { scores } = mechanism({ choices: options, votes: ballots });
  result.scores = options.map((option, i) => ({ option, score: scores[i]! }));
  return result;
}
