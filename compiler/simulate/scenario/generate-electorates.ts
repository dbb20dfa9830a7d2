import type { CharterConfig } from '../../generated/charter-config.ts';
import { scenarioDefaults } from './default-model.ts';
import { type GeneratedElectorate, generateElectorate } from './generate-electorate.ts';
import type { Scenario } from './scenario.ts';

/** Every electorate of `config` generated for `scenario`, in config order, drawing from `random`. */
export function generateElectorates(
  config: CharterConfig,
  scenario: Scenario,
  random: () => number,
): Map<string, GeneratedElectorate> {
  const electorates = new Map<string, GeneratedElectorate>();
  for (const electorate of config.electorates) {
    const model =
      scenario.electorates?.[electorate.id] ?? scenario.defaultElectorate ?? scenarioDefaults.electorate;
    electorates.set(
      electorate.id,
      generateElectorate(
        electorate,
        model,
        scenario.delegationRate ?? scenarioDefaults.delegationRate,
        random,
      ),
    );
  }
  return electorates;
}
