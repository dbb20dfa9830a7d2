import {
  type CharterConfig,
  drawnElectorates,
  type ElectorateModel,
  type Scenario,
} from '../../../compiler/index.ts';

/** The scenarios the preview offers to start from. */
export type ScenarioPresetId = 'default' | 'equal' | 'whales' | 'contested' | 'apathy';

/** Every preset, in the order the editor lists them. */
export const scenarioPresetIds: readonly ScenarioPresetId[] = [
  'default',
  'equal',
  'whales',
  'contested',
  'apathy',
];

const presets: Record<
  ScenarioPresetId,
  { model: ElectorateModel; turnout: number; preference: Scenario['preference'] }
> = {
  // `charter simulate` without --scenario.
  default: {
    model: { distribution: 'pareto', holders: 100, alpha: 1.16 },
    turnout: 0.5,
    preference: { for: 0.6, against: 0.3, abstain: 0.1 },
  },
  equal: {
    model: { distribution: 'equal', holders: 100 },
    turnout: 0.5,
    preference: { for: 0.6, against: 0.3, abstain: 0.1 },
  },
  whales: {
    model: { distribution: 'whales', holders: 200, whales: 3, whaleShare: '40', tailAlpha: 1.5 },
    turnout: 0.3,
    preference: { for: 0.6, against: 0.3, abstain: 0.1 },
  },
  contested: {
    model: { distribution: 'pareto', holders: 100, alpha: 1.16 },
    turnout: 0.5,
    preference: { for: 0.45, against: 0.45, abstain: 0.1 },
  },
  apathy: {
    model: { distribution: 'pareto', holders: 100, alpha: 1.16 },
    turnout: 0.05,
    preference: { for: 0.6, against: 0.3, abstain: 0.1 },
  },
};

/**
 * A preset scenario for `config`: every electorate that holders are drawn for (not the weighted ones, which derive
 * from their source) gets the preset's model, and one proposal of each type the config routes asks for nothing.
 */
export function scenarioPreset(config: CharterConfig, preset: ScenarioPresetId, seed = 1): Scenario {
  const { model, turnout, preference } = presets[preset];
  return {
    seed,
    electorates: Object.fromEntries(drawnElectorates(config).map((e) => [e.id, { ...model }])),
    delegationRate: 1,
    turnout,
    preference: { ...preference! },
    proposals: config.routes.map((route) => ({ type: route.proposalType })),
  };
}
