import type { CharterConfig } from '../../generated/charter-config.ts';
import type { Scenario } from './scenario.ts';

function list(ids: readonly string[]): string {
  return ids.length === 0 ? 'none' : ids.join(', ');
}

/**
 * Every id a scenario names that `config` does not have, one sentence each with its path: modelled electorates
 * (`electorates`), per-electorate overrides of a proposal (`proposals[i].byElectorate`) and the `stage`. A
 * misspelt id would otherwise be ignored and the simulation run on defaults without a word. Empty when all are known.
 */
export function unknownScenarioIds(config: CharterConfig, scenario: Scenario): string[] {
  const electorates = config.electorates.map((electorate) => electorate.id);
  const problems: string[] = [];
  for (const id of Object.keys(scenario.electorates ?? {}))
    if (!electorates.includes(id))
      problems.push(
        `The scenario models electorate "${id}", which the config does not have (it has ${list(electorates)}).`,
      );
  for (const [index, proposal] of scenario.proposals.entries())
    for (const id of Object.keys(proposal.byElectorate ?? {}))
      if (!electorates.includes(id))
        problems.push(
          `proposals[${index}].byElectorate names electorate "${id}", which the config does not have (it has ${list(electorates)}).`,
        );
  if (scenario.stage !== undefined) {
    const stages = config.stages.map((stage) => stage.id);
    if (!stages.includes(scenario.stage))
      problems.push(
        `The scenario's stage "${scenario.stage}" is not a stage of the config (it has ${list(stages)}).`,
      );
  }
  return problems;
}
