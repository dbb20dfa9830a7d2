import type { CharterConfig, ConfigBody } from '../generated/charter-config.ts';
import type { DecisionOutcome, SimulationStep } from '../nodes/simulation-step.ts';
import type { TargetName } from '../nodes/target-name.ts';
import { type DrawnVote, drawVotes } from './draw-votes.ts';
import { scenarioDefaults } from './scenario/default-model.ts';
import type { GeneratedElectorate } from './scenario/generate-electorate.ts';
import type { Scenario, ScenarioProposal } from './scenario/scenario.ts';

const empty: GeneratedElectorate = { holders: [], supply: 0n };

/** What {@link runDecision} needs beyond the decision itself. */
export interface RunDecisionParameters {
  config: CharterConfig;
  body: ConfigBody;
  electorates: ReadonlyMap<string, GeneratedElectorate>;
  proposal: ScenarioProposal;
  scenario: Scenario;
  random: () => number;
  /** The targets the decision executes on (see `PlannedStep.executesOn`). @default [] */
  executesOn?: readonly TargetName[];
  /** Sees the drawn votes before they are counted. */
  onVotes?: (electorate: GeneratedElectorate, votes: readonly DrawnVote[]) => void;
}

/**
 * One decision of a sample proposal: draws the votes of the body's electorate (the proposal's own turnout and
 * preference for that electorate, else the proposal's, else the scenario's: see {@link drawVotes}), then lets the
 * decision's kind decide on them (its `decide` step).
 */
export function runDecision(
  step: Extract<SimulationStep, { role: 'decision' }>,
  { config, body, electorates, proposal, scenario, random, executesOn = [], onVotes }: RunDecisionParameters,
): DecisionOutcome {
  const electorate = (body.electorate === null ? undefined : electorates.get(body.electorate)) ?? empty;
  const own = body.electorate === null ? undefined : proposal.byElectorate?.[body.electorate];
  const votes = drawVotes(
    electorate.holders,
    own?.turnout ?? proposal.turnout ?? scenario.turnout ?? scenarioDefaults.turnout,
    own?.preference ?? proposal.preference ?? scenario.preference ?? scenarioDefaults.preference,
    random,
  );
  onVotes?.(electorate, votes);
  return step.decide({ config, body, electorate, votes, proposal, scenario, random, executesOn });
}
