import type { CharterConfig } from '../../generated/charter-config.ts';
import type { Scenario } from './scenario.ts';

/**
 * The scenario `charter simulate` uses when none is given: one proposal of each type the config routes, asking for
 * nothing (amount 0), with every other setting at its default (100 holders drawn from a Pareto distribution with
 * α = 1.16, everyone delegated, 50% turnout, 60% For, 30% Against, 10% Abstain).
 */
export function defaultScenario(config: CharterConfig, seed = 1): Scenario {
  return { seed, proposals: config.routes.map((route) => ({ type: route.proposalType })) };
}
