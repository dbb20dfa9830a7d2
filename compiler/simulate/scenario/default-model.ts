import type { ElectorateModel, Preference } from './scenario.ts';

/** The settings a scenario falls back on, as documented on {@link Scenario}. */
export const scenarioDefaults: {
  electorate: ElectorateModel;
  delegationRate: number;
  turnout: number;
  preference: Preference;
} = {
  electorate: { distribution: 'pareto', holders: 100, alpha: 1.16 },
  delegationRate: 1,
  turnout: 0.5,
  preference: { for: 0.6, against: 0.3, abstain: 0.1 },
};
