import { scoreVote } from '../../../simulate/mechanisms/score-vote.ts';
import { backedDecision } from '../../../simulate/step/backed-decision.ts';
import { tallyVotes } from '../../../simulate/step/tally-votes.ts';
import { decidedFailed } from '../../ports.ts';
import type { SimulationStep } from '../../simulation-step.ts';

/**
 * A score vote ({@link scoreVote}): each voter drawn For scores every option (the proposal itself when it lists
 * fewer than two) above the middle of the scale, uniformly among the whole scores there; each voter drawn Against
 * below it; Abstain scores nothing but takes part. Decided when some option's mean (or median) score is strictly above
 * the middle of the scale and everyone who took part meets the quorum, if any; it takes the voting period. Options
 * with their aggregated scores are in the trace.
 */
export const scoreStep: SimulationStep = {
  role: 'decision',
  exits: decidedFailed,
  decide({ body, electorate, votes, proposal, random }) {
    const rule = body.rule;
    const minScore = Number(rule.minScore ?? 0);
    const maxScore = Number(rule.maxScore ?? 5);
    if (!(minScore < maxScore))
      return {
        unsupported: `the lowest score (${minScore}) is not below the highest (${maxScore}), so no score can be above the middle`,
      };
    const { sides, tally } = tallyVotes(electorate, votes);
    const options = proposal.options !== undefined && proposal.options.length >= 2 ? proposal.options : null;
    const count = options?.length ?? 1;
    // Whole scores strictly above the middle, and strictly below it.
    const high = { from: Math.floor((minScore + maxScore) / 2) + 1, to: maxScore };
    const low = { from: minScore, to: Math.ceil((minScore + maxScore) / 2) - 1 };
    const draw = (range: { from: number; to: number }) =>
      range.from + Math.floor(random() * (range.to - range.from + 1));
    const ballots = votes
      .filter((vote) => vote.support !== 'abstain')
      .map((vote) => ({
        scores: Array.from({ length: count }, () => draw(vote.support === 'for' ? high : low)),
        weight: electorate.holders[vote.holder]!.balance,
      }));
    const aggregation = rule.aggregation === 'median' ? 'median' : 'mean';
    const result = scoreVote({ options: count, minScore, maxScore, aggregation, ballots });
    const best = Math.max(...result.scores);
    const decision = backedDecision({
      rule,
      supply: electorate.supply,
      counted: sides.for + sides.against + sides.abstain,
      chosen: result.chosen.some(Boolean),
      threshold: {
        rule: `${aggregation} score > ${(minScore + maxScore) / 2}`,
        needed: String((minScore + maxScore) / 2),
        counted: String(best),
      },
      tally,
      duration: Number(rule.votingPeriod ?? 0),
    });
    if (options !== null)
      decision.scores = options.map((option, i) => ({ option, score: result.scores[i]! }));
    return decision;
  },
};
