import { CharterError } from '../../errors/charter-error.ts';
import type { CharterConfig } from '../../generated/charter-config.ts';
import { scenarioDefaults } from './default-model.ts';
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
  for (const electorate of config.electorates) {
    if (electorate.kind === 'weighted') continue;
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
  const weighted = (id: string, depth: number): GeneratedElectorate | undefined => {
    const found = electorates.get(id);
    const electorate = config.electorates.find((candidate) => candidate.id === id);
    if (found !== undefined || electorate?.source === undefined || depth > config.electorates.length)
      return found;
    const source = weighted(electorate.source, depth + 1);
    if (source === undefined) return undefined;
    const result = weightElectorate(electorate, source);
    electorates.set(id, result);
    return result;
  };
  for (const electorate of config.electorates) if (electorate.kind === 'weighted') weighted(electorate.id, 0);
  return electorates;
}
