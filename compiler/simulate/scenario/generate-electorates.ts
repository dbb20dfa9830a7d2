import { CharterError } from '../../errors/charter-error.ts';
import type { CharterConfig, ConfigElectorate } from '../../generated/charter-config.ts';
import { scenarioDefaults } from './default-model.ts';
import { drawnElectorates } from './drawn-electorates.ts';
import { type GeneratedElectorate, generateElectorate } from './generate-electorate.ts';
import type { Scenario } from './scenario.ts';
import { weightElectorate } from './weight-electorate.ts';

/**
 * Every electorate of `config` generated for `scenario`, in config order, drawing from `random`; weighted
 * electorates (quadratic, capped) are then derived from their sources with {@link weightElectorate}, drawing nothing.
 * Throws a {@link CharterError} when the scenario models an electorate the config does not have.
 */
export function generateElectorates(
  config: CharterConfig,
  scenario: Scenario,
  random: () => number,
): Map<string, GeneratedElectorate> {
  const known = config.electorates.map((electorate) => electorate.id);
  for (const id of Object.keys(scenario.electorates ?? {}))
    if (!known.includes(id))
      throw new CharterError(
        `The scenario models electorate "${id}", which the config does not have (it has ${known.join(', ') || 'none'}).`,
      );
  const electorates = new Map<string, GeneratedElectorate>();
  for (const electorate of drawnElectorates(config)) {
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
  // A weighting reweighs another electorate, which may itself be a weighting: each is generated after its source,
  // walking the chain back with a list (chains can be thousands long, too deep to recurse).
  const byId = new Map(config.electorates.map((electorate) => [electorate.id, electorate]));
  const weighted = (id: string) => {
    const chain: ConfigElectorate[] = [];
    const seen = new Set<string>();
    let at: string | undefined = id;
    while (at !== undefined && !electorates.has(at)) {
      const electorate = byId.get(at);
      if (electorate?.source === undefined || seen.has(at)) return; // a loop never validates
      seen.add(at);
      chain.push(electorate);
      at = electorate.source;
    }
    if (at === undefined) return;
    let source = electorates.get(at)!;
    for (const electorate of chain.reverse()) {
      source = weightElectorate(electorate, source);
      electorates.set(electorate.id, source);
    }
  };
  for (const electorate of config.electorates) if (electorate.source !== undefined) weighted(electorate.id);
  return electorates;
}
