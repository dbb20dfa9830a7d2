import type { DecisionInput } from '../../nodes/simulation-step.ts';
import type { DrawnVote } from '../draw-votes.ts';
import { backedDecision } from './backed-decision.ts';
import { tallyVotes } from './tally-votes.ts';

/**
 * A concave decision whose ballots come only from the voters drawn For, as on Snapshot, which has no Against ballot
 * (a choice, a split, a contribution): those voters (`backers`), and {@link backedDecision} over them: one backer
 * needed (`backers` names them in the trace: "contributors ≥ 1"), their power counted toward the quorum, taking
 * `duration` seconds.
 */
export function backedByFor(
  { body, electorate, votes }: DecisionInput,
  backers: string,
  duration: number,
): { backers: DrawnVote[]; result: ReturnType<typeof backedDecision> } {
  const { sides, tally } = tallyVotes(electorate, votes);
  const backing = votes.filter((vote) => vote.support === 'for');
  const result = backedDecision({
    rule: body.rule,
    supply: electorate.supply,
    counted: sides.for,
    chosen: backing.length > 0,
    threshold: { rule: `${backers} ≥ 1`, needed: '1', counted: String(backing.length) },
    tally,
    duration,
  });
  return { backers: backing, result };
}
