// DESIGN.md, "fail closed": every document that validation accepts compiles, explains, lints and simulates without
// an exception, every target gives a verdict, and no target emits a deployable unit that leaves out a node on its
// path. The documents come from test/generators/valid-document.ts, which builds them from the node catalogue.
// Seeded, so a failure replays; fast-check prints the shrunk document.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CompileResult, compile } from '../../compiler/compile/compile.ts';
import { graphView } from '../../compiler/compile/graph-view.ts';
import { explain } from '../../compiler/explain/explain.ts';
import type { CharterConfig } from '../../compiler/generated/charter-config.ts';
import type { CharterDocument } from '../../compiler/generated/charter-document.ts';
import { lintDocument } from '../../compiler/lint/lint-document.ts';
import { getNodeKind } from '../../compiler/nodes/catalogue.ts';
import { targetNames } from '../../compiler/nodes/target-name.ts';
import { analyzePaths } from '../../compiler/paths/analyze-paths.ts';
import type { Scenario } from '../../compiler/simulate/scenario/scenario.ts';
import { simulate } from '../../compiler/simulate/simulate.ts';
import { checkDocument } from '../../compiler/validate/validate-document.ts';
import {
  decisionKinds,
  electorateKinds,
  joinKinds,
  routeKinds,
  validDocument,
} from '../generators/valid-document.ts';
import { unitsLeavingOutNodes } from './units-leaving-out-nodes.ts';

const seed = 13;
const runs = 60;
const documents = validDocument();

/** The errors of a document, and the warnings that a node is unreachable, in words. */
function errorsOf(document: CharterDocument): string[] {
  return checkDocument(document)
    .diagnostics.filter((diagnostic) => diagnostic.severity === 'error' || diagnostic.code === 'unreachable')
    .map((diagnostic) => `${diagnostic.code} ${diagnostic.nodeId ?? ''}: ${diagnostic.message}`);
}

/** The compiled config of a valid document; a throw, or diagnostics that stop it, fail the property. */
function compiled(document: CharterDocument): Extract<CompileResult, { ok: true }> {
  const result = compile(document);
  if (!result.ok) throw new Error(`a valid document did not compile: ${JSON.stringify(result.diagnostics)}`);
  return result;
}

/** A small scenario for a config: a few holders per electorate and a few proposals of the types it routes. */
function scenarios(config: CharterConfig): fc.Arbitrary<Scenario> {
  const types = config.routes.map((route) => route.proposalType);
  const preference = fc.record({
    for: fc.integer({ min: 0, max: 4 }),
    against: fc.integer({ min: 0, max: 4 }),
    abstain: fc.integer({ min: 0, max: 2 }),
  });
  return fc.record({
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    defaultElectorate: fc.oneof(
      fc.record({ distribution: fc.constant('equal' as const), holders: fc.integer({ min: 1, max: 6 }) }),
      fc.record({
        distribution: fc.constant('pareto' as const),
        holders: fc.integer({ min: 1, max: 6 }),
        alpha: fc.constantFrom(0.5, 1.16, 3),
      }),
    ),
    turnout: fc.constantFrom(0, 0.5, 1),
    preference: preference.filter((p) => p.for + p.against + p.abstain > 0),
    ...(config.stages.length > 0
      ? { stage: fc.constantFrom(...config.stages.map((stage) => stage.id)) }
      : {}),
    proposals: fc.array(
      fc.record(
        {
          type: fc.constantFrom(...types, 'no-such-type'),
          amount: fc.constantFrom(
            '0',
            '1',
            '999999',
            '10000000000000000000000',
            '1000000000000000000000000000000',
          ),
          options: fc.constantFrom(['a', 'b'], ['a', 'b', 'c']),
        },
        { requiredKeys: ['type'] },
      ),
      { minLength: 1, maxLength: 3 },
    ),
  });
}

describe('the valid-document generator', () => {
  it('makes only documents that validate with no error and no unreachable node', () => {
    fc.assert(
      fc.property(documents, (document) => {
        expect(errorsOf(document)).toEqual([]);
      }),
      { seed, numRuns: 300 },
    );
  });

  it('makes every decision, electorate, join and routing kind, and every outcome', () => {
    const seen = new Set<string>();
    for (const document of fc.sample(documents, { seed, numRuns: 300 }))
      for (const node of document.nodes) {
        seen.add(node.kind);
        if (getNodeKind(node.kind)!.flow.role === 'outcome')
          seen.add(`${node.kind}:${Object.values(node.params as object).join()}`);
      }
    const wanted = [
      ...decisionKinds,
      ...electorateKinds,
      ...joinKinds,
      ...routeKinds,
      'timelock',
      'execute:governor',
      'execute:safe',
      'execute:aragon',
      'signal:snapshot',
      'signal:forum',
      'signal:other',
      'reject',
    ];
    expect(wanted.filter((kind) => !seen.has(kind))).toEqual([]);
  });
});

describe('every valid document', () => {
  it('compiles, explains in both languages and lints without a throw', () => {
    fc.assert(
      fc.property(documents, (document) => {
        const result = compiled(document);
        expect(result.text.length).toBeGreaterThan(0);
        expect(explain(document, 'en').ok).toBe(true);
        expect(explain(document, 'ko').ok).toBe(true);
        // A valid document lints; it is not ok only for a lint error (a vote shorter than one block).
        const linted = lintDocument(document);
        const lintErrors = linted.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
        expect(lintErrors.filter((code) => code !== 'period-under-one-block')).toEqual([]);
        expect(linted.ok).toBe(lintErrors.length === 0);
      }),
      { seed, numRuns: runs },
    );
  });

  it('gets a verdict from every target, supported only with something to deploy', () => {
    fc.assert(
      fc.property(documents, (document) => {
        const { config } = compiled(document);
        for (const name of targetNames) {
          const target = config.targets[name];
          expect(target, name).toBeDefined();
          expect(['supported', 'unsupported', 'not-applicable'], name).toContain(target!.verdict);
          const units = Object.values(target!.parameters)
            .filter(Array.isArray)
            .flat()
            .filter((unit) => unit && typeof unit === 'object');
          if (target!.verdict === 'supported')
            expect(units.length, `${name} supported with nothing`).toBeGreaterThan(0);
          if (target!.verdict === 'not-applicable') expect(units, `${name} not-applicable`).toEqual([]);
          if (target!.verdict === 'unsupported') expect(target!.problems.length, name).toBeGreaterThan(0);
        }
      }),
      { seed, numRuns: runs },
    );
  });

  it('simulates a small scenario without a throw, each proposal ending as its outcome says', () => {
    fc.assert(
      fc.property(
        documents.chain((document) => {
          const { config } = compiled(document);
          return scenarios(config).map((scenario) => ({ document, config, scenario }));
        }),
        ({ document, config, scenario }) => {
          const result = simulate(config, scenario);
          expect(result.proposals).toHaveLength(scenario.proposals.length);
          const ends = { executed: 'executed', signalled: 'signalled', rejected: 'rejected' } as const;
          for (const trace of result.proposals) {
            const ended = ends[trace.outcome as keyof typeof ends];
            if (ended === undefined) {
              expect(trace.end).toBeNull();
              continue;
            }
            // The outcome names the outcome node it reached, and that node is of a kind with that outcome.
            const node = document.nodes.find((candidate) => candidate.id === trace.end);
            const flow = node && getNodeKind(node.kind)!.flow;
            expect(flow?.role === 'outcome' && flow.outcome).toBe(ended);
            expect(trace.steps.some((step) => step.node === trace.end)).toBe(true);
            expect(trace.executableAfter === null).toBe(ended !== 'executed');
          }
        },
      ),
      { seed, numRuns: runs },
    );
  });

  it('settles joins exactly as looking at every join after every event would', () => {
    // The simulator looks only at the joins an event concerns; the plain way looks at all of them each time. Larger
    // documents than the other properties, so that joins feed joins and routers feed joins. (No `.filter` for
    // documents with a join: fast-check's filter over this generator does not come back.)
    let withJoins = 0;
    fc.assert(
      fc.property(
        validDocument({ maxSteps: 24 }).chain((document) => {
          const { config } = compiled(document);
          return scenarios(config).map((scenario) => ({ document, config, scenario }));
        }),
        ({ document, config, scenario }) => {
          if (document.nodes.some((node) => joinKinds.includes(node.kind))) withJoins++;
          expect(simulate(config, scenario)).toEqual(simulate(config, scenario, { lookAtEveryJoin: true }));
        },
      ),
      { seed, numRuns: 200 },
    );
    expect(withJoins).toBeGreaterThan(50);
  });

  it('gets no deployable unit from any target that leaves out a node on the path it enforces', () => {
    fc.assert(
      fc.property(documents, (document) => {
        const { config } = compiled(document);
        const analysis = analyzePaths(graphView(checkDocument(document).filled!));
        expect(unitsLeavingOutNodes(config, analysis)).toEqual([]);
      }),
      { seed, numRuns: runs },
    );
  });
});
