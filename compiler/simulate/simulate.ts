import type { CharterConfig } from '../generated/charter-config.ts';
import { planRoutes, type RoutePlan } from './plan-routes.ts';
import { type DrawnVotesObserver, runProposal } from './run-proposal.ts';
import { generateElectorates } from './scenario/generate-electorates.ts';
import { mulberry32 } from './scenario/mulberry32.ts';
import type { Scenario } from './scenario/scenario.ts';
import type { ProposalTrace } from './trace.ts';

/** What {@link simulate} returns. */
export interface SimulateReturnType {
  seed: number;
  /** Per electorate id: generated holders, how many are active (delegated), and the supply quorums are shares of (base units, decimal text). */
  electorates: Record<string, { holders: number; active: number; supply: string }>;
  /** One trace per scenario proposal, in the scenario's order. */
  proposals: ProposalTrace[];
}

/**
 * Runs every proposal of `scenario` through `config`'s routes. One mulberry32 stream seeded with `scenario.seed`
 * first generates the electorates (in config order), then draws the votes of each decision as proposals reach them
 * (proposals in order), so the same config and scenario always give the same traces. See {@link runProposal} for
 * the walk (each step is what its node kind says it does). `onVotes`, when given, sees every decision's drawn votes (as
 * `charter verify` needs them, to cast the same votes on chain); it changes nothing in the traces. `plans` are the
 * config's routes as {@link planRoutes} plans them, when the caller runs the same config many times.
 * `lookAtEveryJoin` is for tests: see {@link runProposal}.
 */
export function simulate(
  config: CharterConfig,
  scenario: Scenario,
  options: { onVotes?: DrawnVotesObserver; plans?: readonly RoutePlan[]; lookAtEveryJoin?: boolean } = {},
): SimulateReturnType {
  const random = mulberry32(scenario.seed);
  const electorates = generateElectorates(config, scenario, random);
  const plans = options.plans ?? planRoutes(config);
  const routes = new Map(plans.map((plan) => [plan.route.proposalType, plan]));
  const summary: SimulateReturnType['electorates'] = {};
  for (const [id, electorate] of electorates) {
    summary[id] = {
      holders: electorate.holders.length,
      active: electorate.holders.filter((holder) => holder.active).length,
      supply: String(electorate.supply),
    };
  }
  return {
    seed: scenario.seed,
    electorates: summary,
    proposals: scenario.proposals.map((proposal, index) =>
      runProposal(
        config,
        routes.get(proposal.type),
        proposal,
        scenario,
        electorates,
        random,
        options.onVotes && ((drawn) => options.onVotes!({ ...drawn, proposal: index })),
        options.lookAtEveryJoin,
      ),
    ),
  };
}
