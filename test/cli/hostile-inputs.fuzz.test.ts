// Fuzz: generated hostile inputs thrown at what every `charter` command runs first, in-process. Rule documents
// (valid ones with one field broken, cut or garbled text, arbitrary JSON) go through load → validate → compile;
// the same documents through every command that reads one (validate, compile, explain, lint, diff, simulate);
// tally inputs through each mechanism; scenarios through the reader, the id check and one simulated run. The
// property: never an exception, always a result or a diagnostic that says why not. Seeded, so a failure replays;
// fast-check prints the shrunk input. The slowest input of each stage is printed, not asserted (machines differ).
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../compiler/cli/main.ts';
import { compile } from '../../compiler/compile/compile.ts';
import { loadDocument } from '../../compiler/document/load-document.ts';
import { CharterError } from '../../compiler/errors/charter-error.ts';
import type { CharterConfig } from '../../compiler/generated/charter-config.ts';
import { monteCarlo } from '../../compiler/simulate/monte-carlo/monte-carlo.ts';
import { readScenario } from '../../compiler/simulate/scenario/read-scenario.ts';
import type { Scenario } from '../../compiler/simulate/scenario/scenario.ts';
import { unknownScenarioIds } from '../../compiler/simulate/scenario/unknown-scenario-ids.ts';
import { runTally, tallyMechanisms } from '../../compiler/simulate/tally/run-tally.ts';
import { validDocument } from '../generators/valid-document.ts';
import { fakeIO } from './fake-io.ts';
import { templateText } from './scenario-cli.ts';

const seed = 1818;
/** Runs per property; the five properties below make 10,050 inputs in all. */
const runs = { documents: 1800, text: 3000, commands: 250, tally: 3000, scenarios: 2000 };

const slowest: Record<string, { ms: number; input: string }> = {};
/** Runs `work` on `input`, keeping the slowest input of `stage` for the report printed at the end. */
function timed<T>(stage: string, input: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  const ms = performance.now() - start;
  if (ms > (slowest[stage]?.ms ?? -1)) slowest[stage] = { ms, input: input.slice(0, 160) };
  return result;
}
afterAll(() => {
  const total = Object.values(runs).reduce((sum, n) => sum + n, 0);
  const lines = Object.entries(slowest).map(
    ([stage, { ms, input }]) => `  ${stage}: ${ms.toFixed(1)} ms on ${input}`,
  );
  console.log(`fuzz: ${total} inputs, seed ${seed}; slowest input per stage:\n${lines.join('\n')}`);
});

/** Values that have broken readers before: prototype keys, extreme numbers, wrong kinds, long text. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    true,
    0,
    -1,
    1.5,
    1e308,
    -1e308,
    5e-324,
    2 ** 53 + 1,
    '',
    ' ',
    '-1',
    '1e400',
    '0x',
    '9'.repeat(400),
    'toString',
    '__proto__',
    'constructor',
    'x'.repeat(10_000),
    [],
    {},
    [null],
    { params: null },
    JSON.parse('{"__proto__": {"polluted": true}}'),
    JSON.parse(`${'['.repeat(70)}${']'.repeat(70)}`),
  ),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Every path into a JSON value, as lists of keys, breadth first and without recursion. */
function paths(value: unknown): (string | number)[][] {
  const found: (string | number)[][] = [];
  const queue: [unknown, (string | number)[]][] = [[value, []]];
  while (queue.length > 0) {
    const [item, path] = queue.shift()!;
    found.push(path);
    if (Array.isArray(item))
      for (const [index, child] of item.entries()) queue.push([child, [...path, index]]);
    else if (typeof item === 'object' && item !== null)
      for (const [key, child] of Object.entries(item)) queue.push([child, [...path, key]]);
  }
  return found;
}

/** A copy of `value` with the value at one of its paths (picked by `pick`) replaced, removed or wrapped. */
function mutate(value: unknown, pick: number, how: 'replace' | 'delete' | 'wrap', by: unknown): unknown {
  const copy = structuredClone(value);
  const all = paths(copy);
  const path = all[pick % all.length]!;
  if (path.length === 0) return how === 'wrap' ? [copy] : by;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (how === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (how === 'wrap') parent[last] = [parent[last]];
  else if (last === '__proto__') Object.defineProperty(parent, last, { value: by, enumerable: true });
  else parent[last] = by;
  return copy;
}

const mutation = fc.record({
  pick: fc.nat(),
  how: fc.constantFrom('replace' as const, 'replace' as const, 'delete' as const, 'wrap' as const),
  by: hostileValue,
});

/** A result or diagnostics that say why not: what every stage must give. */
function expectAnswer(result: {
  ok: boolean;
  diagnostics?: unknown[];
  problems?: string[];
  message?: string;
}) {
  if (result.ok) return;
  const reasons = result.diagnostics ?? result.problems ?? (result.message ? [result.message] : []);
  expect(reasons.length).toBeGreaterThan(0);
}

/** Load, validate and compile one text, as `charter compile` does, and compile the parsed value directly too. */
function throughCompile(text: string): void {
  const loaded = timed('load + validate', text, () => loadDocument(text));
  expectAnswer(loaded);
  if (loaded.ok) expectAnswer(timed('compile', text, () => compile(loaded.document)));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return;
  }
  expectAnswer(timed('compile', text, () => compile(value)));
}

describe('fuzz: rule documents through load, validate and compile', () => {
  it('a valid document with one field broken, removed or wrapped', () => {
    fc.assert(
      fc.property(validDocument({ maxSteps: 6 }), mutation, (document, { pick, how, by }) => {
        throughCompile(JSON.stringify(mutate(document, pick, how, by)));
      }),
      { seed, numRuns: runs.documents },
    );
  });

  it('cut, garbled or arbitrary text', () => {
    const garbled = fc
      .tuple(validDocument({ maxSteps: 4 }), fc.nat(), fc.nat({ max: 40 }), fc.string({ maxLength: 8 }))
      .map(([document, at, cut, insert]) => {
        const text = JSON.stringify(document);
        const where = at % (text.length + 1);
        return text.slice(0, where) + insert + text.slice(where + cut);
      });
    const texts = fc.oneof(
      garbled,
      fc.json({ maxDepth: 4 }),
      fc.string({ maxLength: 200 }),
      fc.nat({ max: 200 }).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
    );
    fc.assert(
      fc.property(texts, (text) => throughCompile(text)),
      { seed, numRuns: runs.text },
    );
  });
});

/** A small valid input of each mechanism, for mutations to start from (the forms of the README). */
const tallyExamples: Record<string, unknown> = {
  majority: { supply: '1000', quorum: { percent: '4' }, votes: [{ support: 'for', weight: '10' }] },
  'single-choice': { choices: ['A', 'B'], votes: [{ choice: 1, vp: 10 }] },
  approval: { choices: ['A', 'B'], votes: [{ choice: [1, 2], vp: 10 }] },
  weighted: { choices: ['A', 'B'], votes: [{ choice: { 1: 2, 2: 1 }, vp: 10 }] },
  quadratic: { choices: ['A', 'B'], votes: [{ choice: { 1: 1 }, vp: 10 }] },
  'ranked-choice': { choices: ['A', 'B', 'C'], votes: [{ choice: [2, 1, 3], vp: 10 }] },
  copeland: { choices: ['A', 'B', 'C'], votes: [{ choice: [2, 1, 3], vp: 10 }] },
  'quadratic-funding': {
    pool: '100',
    cap: { percent: '50' },
    contributions: [{ project: 'a', contributor: 'x', amount: '4' }],
  },
  conviction: {
    decay: '0.9999799',
    maxRatio: '0.2',
    weight: '0.0025',
    minThresholdStakePercentage: '0.2',
    supply: '1000000',
    funds: '50000',
    requested: '1000',
    totalStaked: '100000',
    stakes: [{ at: 0, amount: '5000' }],
    at: 100000,
  },
  'budget-split': { budget: '100', options: ['a', 'b'], ballots: [{ split: ['60', '40'] }] },
  multisig: { signers: ['a', 'b', 'c'], threshold: 2, approvals: ['a', 'b'] },
  optimistic: { supply: '1000', objectionThreshold: { percent: '10' }, objections: [{ weight: '50' }] },
  veto: { members: ['a', 'b'], threshold: { count: 1 }, vetoes: [{ member: 'b' }] },
};

describe('fuzz: rule documents through every command that reads one', () => {
  const commandLines = [
    ['validate', 'a.json'],
    ['compile', 'a.json', '--target', 'all'],
    ['explain', 'a.json'],
    ['lint', 'a.json'],
    ['diff', 'b.json', 'a.json'],
    ['simulate', 'a.json', '--runs', '2'],
  ];
  it('exits 0 or 1 with words, never an internal error', async () => {
    await fc.assert(
      fc.asyncProperty(validDocument({ maxSteps: 6 }), mutation, async (document, { pick, how, by }) => {
        const text = JSON.stringify(mutate(document, pick, how, by));
        for (const argv of commandLines) {
          const io = fakeIO({ 'a.json': text, 'b.json': JSON.stringify(document) });
          const start = performance.now();
          const code = await main(argv, io);
          const ms = performance.now() - start;
          if (ms > (slowest[`charter ${argv[0]}`]?.ms ?? -1))
            slowest[`charter ${argv[0]}`] = { ms, input: text.slice(0, 160) };
          expect(io.err).not.toContain('internal error');
          expect([0, 1]).toContain(code);
          expect(io.out + io.err).not.toBe('');
        }
      }),
      { seed, numRuns: runs.commands },
    );
  });
});

describe('fuzz: charter tally inputs', () => {
  it('every mechanism answers a broken example or arbitrary JSON with a result or the fields at fault', () => {
    const mechanisms = Object.keys(tallyMechanisms);
    expect(Object.keys(tallyExamples).sort()).toEqual([...mechanisms].sort());
    for (const mechanism of mechanisms)
      expect(runTally(mechanism, JSON.stringify(tallyExamples[mechanism])).ok).toBe(true);
    const inputs = fc.tuple(
      fc.constantFrom(...mechanisms),
      fc.oneof(
        { weight: 3, arbitrary: mutation.map((m) => ({ kind: 'mutated' as const, ...m })) },
        {
          weight: 1,
          arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => ({ kind: 'json' as const, value })),
        },
        {
          weight: 1,
          arbitrary: fc
            .integer({ min: 1, max: 20_000 })
            .map((depth) => ({ kind: 'text' as const, text: `${'['.repeat(depth)}${']'.repeat(depth)}` })),
        },
      ),
    );
    fc.assert(
      fc.property(inputs, ([mechanism, input]) => {
        const value =
          input.kind === 'json'
            ? input.value
            : input.kind === 'mutated'
              ? mutate(tallyExamples[mechanism], input.pick, input.how, input.by)
              : undefined;
        const text = input.kind === 'text' ? input.text : (JSON.stringify(value) ?? 'null');
        const result = timed('tally', `${mechanism} ${text}`, () => runTally(mechanism, text));
        expectAnswer(result);
        // A score or amount that overflowed prints as null; conviction's threshold is null by design (README).
        if (result.ok)
          expect(JSON.stringify(result.output).replace('"threshold":null', '')).not.toMatch(/\bnull\b/);
      }),
      { seed, numRuns: runs.tally },
    );
  });
});

/** The configs scenarios are run against: one with stages and two electorates, one plain governor. */
const configs: CharterConfig[] = ['staged-dao', 'token-governor'].map((name) => {
  const compiled = compile(JSON.parse(templateText(name)));
  if (!compiled.ok) throw new Error(`${name} does not compile`);
  return compiled.config;
});

const scenarioExample: Scenario = {
  seed: 7,
  electorates: { gov: { distribution: 'whales', holders: 8, whales: 2, whaleShare: '40', tailAlpha: 2 } },
  defaultElectorate: { distribution: 'pareto', holders: 5, alpha: 1.16 },
  delegationRate: 0.8,
  turnout: 0.5,
  preference: { for: 3, against: 1, abstain: 1 },
  stage: 'vote',
  funds: '1000000',
  proposals: [
    { type: 'upgrade', amount: '10', options: ['a'], byElectorate: { gov: { turnout: 1 } } },
    { type: 'parameter-change', preference: { for: 1, against: 0, abstain: 0 } },
  ],
};

/** Simulating is linear in holders; the fuzz runs one run only where the scenario's electorates stay small. */
function smallEnough(scenario: Scenario): boolean {
  const models = [...Object.values(scenario.electorates ?? {}), scenario.defaultElectorate];
  return models.every((model) => model === undefined || !('holders' in model) || model.holders <= 1000);
}

describe('fuzz: scenarios', () => {
  it('a broken scenario is read, checked against the config and run, or refused with the fields at fault', () => {
    const inputs = fc.tuple(
      fc.nat({ max: configs.length - 1 }),
      fc.oneof(
        { weight: 4, arbitrary: mutation.map((m) => ({ kind: 'mutated' as const, ...m })) },
        {
          weight: 1,
          arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => ({ kind: 'json' as const, value })),
        },
      ),
    );
    fc.assert(
      fc.property(inputs, ([which, input]) => {
        const config = configs[which]!;
        const value =
          input.kind === 'json' ? input.value : mutate(scenarioExample, input.pick, input.how, input.by);
        const text = JSON.stringify(value) ?? 'null';
        const read = timed('read scenario', text, () => readScenario(text));
        expectAnswer(read);
        if (!read.ok || unknownScenarioIds(config, read.scenario).length > 0 || !smallEnough(read.scenario))
          return;
        // As `charter simulate` does, a CharterError (a CSV balance that is not one) is the answer, exit 1.
        try {
          const result = timed('simulate (1 run)', text, () =>
            monteCarlo(config, read.scenario, { runs: 1 }),
          );
          expect(result.runs).toBe(1);
        } catch (error) {
          if (!(error instanceof CharterError)) throw error;
          expect(error.message).not.toBe('');
        }
      }),
      { seed, numRuns: runs.scenarios },
    );
  });
});
