import { CharterError } from '../../errors/charter-error.ts';
import type { ElectorateModel, Preference, Scenario, ScenarioProposal } from './scenario.ts';

/** What {@link readScenario} returns: the scenario, or the first problem with the JSON path of the field. */
export type ReadScenarioReturnType = { ok: true; scenario: Scenario } | { ok: false; message: string };

/** A problem with the scenario, caught below and returned as a message; it never leaves this file. */
class Invalid extends CharterError {}

type Json = Record<string, unknown>;

function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Invalid(`${path} must be an object`);
  return value as Json;
}

function known(value: Json, path: string, keys: readonly string[]): void {
  for (const key of Object.keys(value))
    if (!keys.includes(key))
      throw new Invalid(`${path}.${key} is not a scenario field (expected ${keys.join(', ')})`);
}

function number(value: unknown, path: string, min: number, max: number, integer = false): number {
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    value < min ||
    value > max ||
    (integer && !Number.isInteger(value))
  )
    throw new Invalid(`${path} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`);
  return value;
}

function text(value: unknown, path: string, pattern?: RegExp, what = 'text'): string {
  if (typeof value !== 'string' || (pattern !== undefined && !pattern.test(value)))
    throw new Invalid(`${path} must be ${what}`);
  return value;
}

function preference(value: unknown, path: string): Preference {
  const p = object(value, path);
  known(p, path, ['for', 'against', 'abstain']);
  return {
    for: number(p.for ?? 0, `${path}.for`, 0, Number.MAX_VALUE),
    against: number(p.against ?? 0, `${path}.against`, 0, Number.MAX_VALUE),
    abstain: number(p.abstain ?? 0, `${path}.abstain`, 0, Number.MAX_VALUE),
  };
}

function model(value: unknown, path: string): ElectorateModel {
  const m = object(value, path);
  const holders = () => number(m.holders, `${path}.holders`, 1, 10_000_000, true);
  switch (m.distribution) {
    case 'equal':
      known(m, path, ['distribution', 'holders']);
      return { distribution: 'equal', holders: holders() };
    case 'pareto':
      known(m, path, ['distribution', 'holders', 'alpha']);
      return {
        distribution: 'pareto',
        holders: holders(),
        alpha: number(m.alpha, `${path}.alpha`, 0.05, 100),
      };
    case 'whales': {
      known(m, path, ['distribution', 'holders', 'whales', 'whaleShare', 'tailAlpha']);
      const count = holders();
      return {
        distribution: 'whales',
        holders: count,
        whales: number(m.whales, `${path}.whales`, 0, count, true),
        whaleShare: text(
          m.whaleShare,
          `${path}.whaleShare`,
          /^(100(\.0+)?|[0-9]{1,2}(\.[0-9]+)?)$/,
          'a percentage as decimal text such as "40"',
        ),
        ...(m.tailAlpha === undefined
          ? {}
          : { tailAlpha: number(m.tailAlpha, `${path}.tailAlpha`, 0.05, 100) }),
      };
    }
    case 'csv':
      known(m, path, ['distribution', 'csv']);
      return { distribution: 'csv', csv: text(m.csv, `${path}.csv`) };
    default:
      throw new Invalid(`${path}.distribution must be one of equal, pareto, whales, csv`);
  }
}

function proposal(value: unknown, path: string): ScenarioProposal {
  const p = object(value, path);
  known(p, path, ['type', 'amount', 'options', 'turnout', 'preference', 'byElectorate']);
  const result: ScenarioProposal = { type: text(p.type, `${path}.type`, /./, 'a proposal type') };
  if (p.amount !== undefined)
    result.amount = text(
      p.amount,
      `${path}.amount`,
      /^(0|[1-9][0-9]*)$/,
      'base units as decimal text such as "1000000"',
    );
  if (p.options !== undefined) {
    if (!Array.isArray(p.options)) throw new Invalid(`${path}.options must be a list of text`);
    result.options = p.options.map((option, i) => text(option, `${path}.options[${i}]`));
  }
  if (p.turnout !== undefined) result.turnout = number(p.turnout, `${path}.turnout`, 0, 1);
  if (p.preference !== undefined) result.preference = preference(p.preference, `${path}.preference`);
  if (p.byElectorate !== undefined) {
    const by = object(p.byElectorate, `${path}.byElectorate`);
    result.byElectorate = {};
    for (const [id, entry] of Object.entries(by)) {
      const where = `${path}.byElectorate.${id}`;
      const e = object(entry, where);
      known(e, where, ['turnout', 'preference']);
      result.byElectorate[id] = {
        ...(e.turnout === undefined ? {} : { turnout: number(e.turnout, `${where}.turnout`, 0, 1) }),
        ...(e.preference === undefined
          ? {}
          : { preference: preference(e.preference, `${where}.preference`) }),
      };
    }
  }
  return result;
}

/**
 * Reads a scenario from JSON text, strictly: unknown fields, numbers out of range (turnout and delegation rate from 0
 * to 1, a seed from 0 to 2^32 − 1, whole holder counts) and malformed amounts are reported with their path, as in
 * `proposals[2].amount must be base units as decimal text such as "1000000"`. `seed` may be left out when
 * `defaultSeed` is given. CSV balances are checked when the electorate is generated.
 */
export function readScenario(json: string, defaultSeed?: number): ReadScenarioReturnType {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { ok: false, message: `the scenario is not JSON: ${(error as Error).message}` };
  }
  try {
    const s = object(value, 'scenario');
    known(s, 'scenario', [
      'seed',
      'electorates',
      'defaultElectorate',
      'delegationRate',
      'turnout',
      'preference',
      'stage',
      'funds',
      'proposals',
    ]);
    const seed =
      s.seed === undefined && defaultSeed !== undefined
        ? defaultSeed
        : number(s.seed, 'seed', 0, 2 ** 32 - 1, true);
    if (!Array.isArray(s.proposals)) throw new Invalid('proposals must be a list');
    const scenario: Scenario = { seed, proposals: s.proposals.map((p, i) => proposal(p, `proposals[${i}]`)) };
    if (s.electorates !== undefined) {
      scenario.electorates = {};
      for (const [id, m] of Object.entries(object(s.electorates, 'electorates')))
        scenario.electorates[id] = model(m, `electorates.${id}`);
    }
    if (s.defaultElectorate !== undefined)
      scenario.defaultElectorate = model(s.defaultElectorate, 'defaultElectorate');
    if (s.delegationRate !== undefined)
      scenario.delegationRate = number(s.delegationRate, 'delegationRate', 0, 1);
    if (s.turnout !== undefined) scenario.turnout = number(s.turnout, 'turnout', 0, 1);
    if (s.preference !== undefined) scenario.preference = preference(s.preference, 'preference');
    if (s.stage !== undefined) scenario.stage = text(s.stage, 'stage');
    if (s.funds !== undefined)
      scenario.funds = text(
        s.funds,
        'funds',
        /^(0|[1-9][0-9]*)$/,
        'base units as decimal text such as "1000000"',
      );
    return { ok: true, scenario };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, message: error.message };
    throw error;
  }
}
