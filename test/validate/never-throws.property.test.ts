// The loader and validator take anything a user, a file or a share link can hand them: they must answer every
// input with diagnostics and never throw. 10,000+ random and mutated documents, seeded so failures replay.

import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../compiler/compile/compile.ts';
import { loadDocument } from '../../compiler/document/load-document.ts';
import { explain } from '../../compiler/explain/explain.ts';
import { lintDocument } from '../../compiler/lint/lint-document.ts';
import { validateDocument } from '../../compiler/validate/validate-document.ts';
import configSchema from '../../rules-schema/config.schema.json' with { type: 'json' };
import { fixture } from '../fixtures/fixtures.ts';

const examples = new URL('../../rules-schema/examples/', import.meta.url);
const seeds: unknown[] = [
  fixture('minimal'),
  ...readdirSync(examples)
    .filter((name) => name.endsWith('.charter.json'))
    .map((name) => JSON.parse(readFileSync(new URL(name, examples), 'utf8'))),
];

type Path = (string | number)[];

function paths(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) {
    for (const [i, child] of value.entries()) paths(child, [...prefix, i], out);
  } else if (value && typeof value === 'object')
    for (const [k, child] of Object.entries(value)) paths(child, [...prefix, k], out);
  return out;
}

/** Values that sit near the edges of what the schema accepts, plus anything at all. */
const nasty = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    '',
    '0',
    '-1',
    '4.5',
    '100.0000000000000000001',
    '1e3',
    'NaN',
    '0x',
    'in',
    'out',
    'voters',
    'passed',
    'vote',
    'propose',
  ),
  fc.constantFrom(0, -1, 1, 2 ** 32, 2 ** 53, Number.MAX_VALUE, 0.5, -0),
  fc.constantFrom(
    'proposal',
    'majority-vote',
    'multisig',
    'route-by-amount',
    'stage',
    'weighting',
    'signers',
    'veto',
  ),
);

type Mutation = { kind: 'set' | 'delete' | 'duplicate'; pick: number; value: unknown };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('set', 'set', 'delete', 'duplicate'),
  pick: fc.nat(),
  value: nasty,
});

function mutate(seed: unknown, mutations: Mutation[]): unknown {
  const doc = structuredClone(seed);
  for (const { kind, pick, value } of mutations) {
    const all = paths(doc).filter((path) => path.length > 0);
    if (all.length === 0) break;
    const path = all[pick % all.length]!;
    const parent = path.slice(0, -1).reduce((at: any, key) => at[key], doc) as any;
    const key = path.at(-1)!;
    if (kind === 'delete') Array.isArray(parent) ? parent.splice(Number(key), 1) : delete parent[key];
    else if (kind === 'duplicate' && Array.isArray(parent))
      parent.push(structuredClone(parent[key as number]));
    else parent[key] = value;
  }
  return doc;
}

function answers(input: unknown): void {
  const diagnostics = validateDocument(input);
  expect(Array.isArray(diagnostics)).toBe(true);
  const loaded = loadDocument(JSON.stringify(input) ?? 'undefined');
  if (!loaded.ok) expect(loaded.diagnostics.length).toBeGreaterThan(0);
}

describe('what validation accepts, compile, explain and lint handle', () => {
  const validateConfig = new Ajv2020({ allErrors: true, strict: true }).compile(configSchema);

  it('on 1,500 mutated templates: every valid one compiles to a config the config schema accepts', () => {
    let valid = 0;
    fc.assert(
      fc.property(
        fc.nat({ max: seeds.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 2 }),
        (which, mutations) => {
          const doc = mutate(seeds[which], mutations);
          if (validateDocument(doc).some((d) => d.severity === 'error')) return;
          valid++;
          const compiled = compile(doc);
          expect(compiled.ok).toBe(true);
          if (compiled.ok)
            expect(validateConfig(compiled.config), JSON.stringify(validateConfig.errors)).toBe(true);
          expect(explain(doc, 'en').ok).toBe(true);
          expect(explain(doc, 'ko').ok).toBe(true);
          // A valid document lints; it is not ok only for a lint error (a vote shorter than one block).
          const linted = lintDocument(doc);
          const lintErrors = linted.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
          expect(lintErrors.filter((code) => code !== 'period-under-one-block')).toEqual([]);
          expect(linted.ok).toBe(lintErrors.length === 0);
        },
      ),
      { numRuns: 1500, seed: 20261206 },
    );
    expect(valid).toBeGreaterThan(50);
  });
});

describe('loader and validator never throw', () => {
  it('on 7,000 mutated templates', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: seeds.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (which, mutations) => {
          answers(mutate(seeds[which], mutations));
        },
      ),
      { numRuns: 7000, seed: 20261124 },
    );
  });

  it('on 2,000 random JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => answers(value)),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('on 1,500 random and corrupted texts', () => {
    const text = JSON.stringify(seeds[0]);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc
            .nat({ max: text.length })
            .chain((cut) => fc.string().map((junk) => text.slice(0, cut) + junk + text.slice(cut + 1))),
        ),
        (input) => {
          const loaded = loadDocument(input);
          expect(loaded.ok || loaded.diagnostics.length > 0).toBe(true);
        },
      ),
      { numRuns: 1500, seed: 11 },
    );
  });
});
