import type { Language } from '../../nodes/node-kind.ts';
import { unixSeconds } from '../../units/unix-seconds.ts';
import { inputSchemaProblems } from '../input-schema-problems.ts';
import { parseInputJson } from '../parse-input-json.ts';
import type { ElectorateModel, Preference, Scenario } from './scenario.ts';
import { scenarioSchema } from './scenario-schema.ts';
import { scenarioValidator } from './scenario-validator.ts';
import { scenarioWordsIn } from './scenario-words.ts';

/**
 * What {@link readScenario} returns: the scenario, or every problem found, each naming its field
 * (`problems`), and the same joined by "; " (`message`).
 */
export type ReadScenarioReturnType =
  | { ok: true; scenario: Scenario }
  | { ok: false; message: string; problems: string[] };

/** The problems {@link scenarioSchema} cannot say: rules across the fields of one object. */
function crossFieldProblems(scenario: Scenario, language: Language): string[] {
  const problems: string[] = [];
  const preference = (value: Preference | undefined, path: string) => {
    if (value !== undefined && !(value.for > 0 || value.against > 0 || value.abstain > 0))
      problems.push(
        language === 'ko'
          ? `${path}: for, against, abstain 중 하나에는 0보다 큰 가중치를 주어야 합니다(지금은 모두 0입니다)`
          : `${path} must give for, against or abstain a weight above 0 (they are all 0)`,
      );
  };
  const model = (value: ElectorateModel | undefined, path: string) => {
    if (value?.distribution === 'whales' && value.whales > value.holders)
      problems.push(
        language === 'ko'
          ? `${path}.whales 값이 올바르지 않습니다. 필요한 값: 0 이상 ${value.holders}(보유자 수) 이하의 정수`
          : `${path}.whales must be a whole number from 0 to ${value.holders} (the holders)`,
      );
  };
  const date = (value: string | undefined, path: string) => {
    if (value !== undefined && unixSeconds(value) === undefined)
      problems.push(
        language === 'ko'
          ? `${path} 값이 올바르지 않습니다. 필요한 값: 실제로 있는 날짜와 시각(${value}: 없는 날짜나 시각)`
          : `${path} must be a day and time that exist (${value} does not)`,
      );
  };
  date(scenario.date, 'date');
  preference(scenario.preference, 'preference');
  model(scenario.defaultElectorate, 'defaultElectorate');
  for (const [id, value] of Object.entries(scenario.electorates ?? {})) model(value, `electorates.${id}`);
  for (const [index, proposal] of scenario.proposals.entries()) {
    preference(proposal.preference, `proposals[${index}].preference`);
    date(proposal.date, `proposals[${index}].date`);
    for (const [id, entry] of Object.entries(proposal.byElectorate ?? {}))
      preference(entry.preference, `proposals[${index}].byElectorate.${id}.preference`);
  }
  return problems;
}

/** A preference with the weights left out set to 0. */
function filled(value: Partial<Preference>): Preference {
  return { for: value.for ?? 0, against: value.against ?? 0, abstain: value.abstain ?? 0 };
}

function failure(problems: string[]): ReadScenarioReturnType {
  return { ok: false, message: problems.join('; '), problems };
}

/**
 * Reads a scenario from JSON text, strictly, against {@link scenarioSchema}: unknown fields, numbers out of range
 * (turnout and delegation rate from 0 to 1, preference weights from 0 to 1,000,000 and not all 0, a seed from 0
 * to 2^32 − 1, whole holder counts) and malformed amounts are all reported, each with its path, as in
 * `proposals[2].amount must be base units as decimal text such as "1000000"`. `seed` may be left out when
 * `defaultSeed` is given. CSV balances are checked when the electorate is generated, and electorate and stage ids
 * against a config by {@link unknownScenarioIds}. Problems are in `language`. Never throws.
 */
export function readScenario(
  json: string,
  defaultSeed?: number,
  language: Language = 'en',
): ReadScenarioReturnType {
  const words = scenarioWordsIn(language);
  const parsed = parseInputJson(json, words.whole, language);
  if (!parsed.ok) return failure([parsed.message]);
  const validate = scenarioValidator();
  if (!validate(parsed.value)) return failure(inputSchemaProblems(validate.errors ?? [], words));
  const scenario = structuredClone(parsed.value) as Scenario;
  if ((parsed.value as { seed?: number }).seed === undefined) {
    if (defaultSeed === undefined)
      return failure([words.mustBe('seed', scenarioSchema.properties.seed.description, undefined)]);
    scenario.seed = defaultSeed;
  }
  const problems = crossFieldProblems(scenario, language);
  if (problems.length > 0) return failure(problems);
  if (scenario.preference !== undefined) scenario.preference = filled(scenario.preference);
  for (const proposal of scenario.proposals) {
    if (proposal.preference !== undefined) proposal.preference = filled(proposal.preference);
    for (const entry of Object.values(proposal.byElectorate ?? {}))
      if (entry.preference !== undefined) entry.preference = filled(entry.preference);
  }
  return { ok: true, scenario };
}
