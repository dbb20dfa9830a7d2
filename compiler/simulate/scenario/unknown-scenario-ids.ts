import type { CharterConfig } from '../../generated/charter-config.ts';
import type { Language } from '../../nodes/node-kind.ts';
import type { Scenario } from './scenario.ts';

function list(ids: readonly string[], language: Language): string {
  return ids.length === 0 ? (language === 'ko' ? '없음' : 'none') : ids.join(', ');
}

/**
 * Every id a scenario names that `config` does not have, one sentence each with its path, in `language`: modelled
 * electorates (`electorates`), per-electorate overrides of a proposal (`proposals[i].byElectorate`) and the `stage`.
 * A misspelt id would otherwise be ignored and the simulation run on defaults without a word. Empty when all are
 * known.
 */
export function unknownScenarioIds(
  config: CharterConfig,
  scenario: Scenario,
  language: Language = 'en',
): string[] {
  const electorates = config.electorates.map((electorate) => electorate.id);
  const known = list(electorates, language);
  const problems: string[] = [];
  for (const id of Object.keys(scenario.electorates ?? {}))
    if (!electorates.includes(id))
      problems.push(
        language === 'ko'
          ? `시나리오가 모델링한 투표자 "${id}"는 설정에 없습니다(있는 투표자: ${known}).`
          : `The scenario models electorate "${id}", which the config does not have (it has ${known}).`,
      );
  for (const [index, proposal] of scenario.proposals.entries())
    for (const id of Object.keys(proposal.byElectorate ?? {}))
      if (!electorates.includes(id))
        problems.push(
          language === 'ko'
            ? `proposals[${index}].byElectorate에 적힌 투표자 "${id}"는 설정에 없습니다(있는 투표자: ${known}).`
            : `proposals[${index}].byElectorate names electorate "${id}", which the config does not have (it has ${known}).`,
        );
  if (scenario.stage !== undefined) {
    const stages = config.stages.map((stage) => stage.id);
    if (!stages.includes(scenario.stage))
      problems.push(
        language === 'ko'
          ? `시나리오의 단계 "${scenario.stage}"는 설정의 단계가 아닙니다(있는 단계: ${list(stages, language)}).`
          : `The scenario's stage "${scenario.stage}" is not a stage of the config (it has ${list(stages, language)}).`,
      );
  }
  return problems;
}
