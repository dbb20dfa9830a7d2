import type { Scenario } from '../../../compiler/index.ts';

/** The pass probability of each proposal type (0 to 1) at one turnout. */
export interface TurnoutPoint {
  /** Turnout in percent. */
  turnout: number;
  /** By proposal type. */
  pass: Record<string, number>;
}

/** The turnouts the sweep tries, 0 to 1: 5% to 60%. */
export const sweepTurnouts: readonly number[] = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6];

/** Runs at each sweep turnout for a Monte Carlo of `runs`: a tenth of them, from 50 to 1,000. */
export function sweepRunsFor(runs: number): number {
  return Math.min(1000, Math.max(50, Math.ceil(runs / 10)));
}

/**
 * The scenario with every voter's turnout set to `turnout` (0 to 1): the scenario's own, each proposal's and each
 * electorate's override all give way, so a point of the sweep means what its axis says.
 */
export function atTurnout(scenario: Scenario, turnout: number): Scenario {
  return {
    ...scenario,
    turnout,
    proposals: scenario.proposals.map(({ turnout: _, byElectorate, ...proposal }) =>
      byElectorate === undefined
        ? proposal
        : {
            ...proposal,
            byElectorate: Object.fromEntries(
              Object.entries(byElectorate).map(([id, { turnout: __, ...rest }]) => [id, rest]),
            ),
          },
    ),
  };
}
