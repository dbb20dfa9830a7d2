import type { CharterConfig, ConfigBody } from '../generated/charter-config.ts';
import type { DrawnVote } from './draw-votes.ts';
import { runAllocation } from './run-allocation.ts';
import { runChoiceVote } from './run-choice-vote.ts';
import { runConviction } from './run-conviction.ts';
import { type DecisionResult, runDecision } from './run-decision.ts';
import type { GeneratedElectorate } from './scenario/generate-electorate.ts';
import type { Scenario, ScenarioProposal } from './scenario/scenario.ts';
import type { StepTrace } from './trace.ts';

/**
 * One decision of a proposal on drawn votes: conviction funding by {@link runConviction} (the proposal's amount as
 * the request, the scenario's funds as the pool), every other decision by {@link runDecision}; with the proposal's
 * options, also the scores of a multi-choice vote ({@link runChoiceVote}) or an allocation ({@link runAllocation}).
 */
export function runBody(
  config: CharterConfig,
  body: ConfigBody,
  electorate: GeneratedElectorate,
  votes: readonly DrawnVote[],
  proposal: ScenarioProposal,
  scenario: Scenario,
  random: () => number,
): DecisionResult & Pick<StepTrace, 'scores' | 'allocation'> {
  const funding =
    body.kind === 'conviction' && (body.rule as { proposalKind?: string }).proposalKind === 'funding';
  const result: DecisionResult & Pick<StepTrace, 'scores' | 'allocation'> =
    (funding
      ? runConviction(
          config,
          body,
          electorate,
          votes,
          BigInt(proposal.amount ?? '0'),
          BigInt(scenario.funds ?? electorate.supply),
        )
      : undefined) ?? runDecision(body, electorate, votes, config.chain);
  if (proposal.options === undefined) return result;
  const scores = runChoiceVote(body, electorate, votes, proposal.options, random);
  if (scores !== undefined) result.scores = scores;
  const allocation = runAllocation(body, electorate, votes, proposal.options, random);
  if (allocation !== undefined) result.allocation = allocation;
  return result;
}
