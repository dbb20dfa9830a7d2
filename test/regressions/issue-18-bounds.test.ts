// Issue 18: parameters the schema allowed but the arithmetic could not do in time. A minimum conviction of
// 99.999999999999999999% never compiled (99.9999% took 26 s), a block time of 5e-324 s threw BigInt(Infinity), and
// a members electorate of a billion expected members never simulated.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../../compiler/cli/main.ts';
import { compile } from '../../compiler/compile/compile.ts';
import { CharterError } from '../../compiler/errors/charter-error.ts';
import { roundToNearest } from '../../compiler/targets/gardens/round-to-nearest.ts';
import { secondsToClock } from '../../compiler/units/seconds-to-clock.ts';
import { validateDocument } from '../../compiler/validate/validate-document.ts';
import { fakeIO } from '../cli/fake-io.ts';

const example = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../rules-schema/examples/${name}.charter.json`, import.meta.url), 'utf8'),
  );

function withConviction(minimumConviction: string) {
  const doc = example('conviction-fund');
  for (const node of doc.nodes)
    if (node.kind === 'conviction') node.params.minimumConviction = minimumConviction;
  return doc;
}

const errorsOf = (doc: unknown) => validateDocument(doc).filter((problem) => problem.severity === 'error');

describe('parameter bounds (issue 18)', () => {
  it('compiles a minimum conviction of 99.9999% and of 99.999999999999999999%', () => {
    for (const percent of ['99.9999', '99.999999999999999999']) {
      const result = compile(withConviction(percent));
      // Whatever Gardens makes of it, the answer comes: parameters, or diagnostics that name the node.
      if (result.ok) expect(result.config.targets.gardens).toBeDefined();
      else expect(result.diagnostics.every((d) => d.nodeId !== undefined)).toBe(true);
    }
  });

  it('rounds to nearest exactly, however wrong the floating-point guess', () => {
    // x = p/q: the nearest integer, halves up, is ⌊(2p + q) / 2q⌋.
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 30n }),
        fc.bigInt({ min: 1n, max: 10n ** 6n }),
        fc.oneof(fc.double(), fc.constant(Number.POSITIVE_INFINITY), fc.constant(Number.NaN)),
        (p, q, guess) => {
          const atLeast = (b: { numerator: bigint; denominator: bigint }) =>
            p * b.denominator >= b.numerator * q;
          expect(roundToNearest(atLeast, guess)).toBe((2n * p + q) / (2n * q));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses a block time under 0.01 s as a problem with the chain, in every command', async () => {
    const doc = example('token-governor');
    doc.chain.blockTime = 5e-324;
    expect(errorsOf(doc).map((problem) => problem.field)).toEqual(['chain.blockTime']);
    for (const command of ['validate', 'compile', 'lint', 'explain']) {
      const io = fakeIO({ 'doc.json': JSON.stringify(doc) });
      expect(await main([command, 'doc.json'], io)).toBe(1);
      expect(io.out + io.err).toContain('blockTime');
      expect(io.out + io.err).not.toMatch(/BigInt|RangeError|at .*\.ts:\d+/);
    }
    doc.chain.blockTime = 0.01;
    expect(errorsOf(doc)).toEqual([]);
  });

  it('never makes a block count of Infinity: the conversion refuses with a CharterError', () => {
    expect(() => secondsToClock(86_400, { blockTime: 5e-324, clockMode: 'blocknumber' })).toThrow(
      CharterError,
    );
    expect(secondsToClock(86_400, { blockTime: 0.01, clockMode: 'blocknumber' })).toBe(8_640_000n);
    expect(secondsToClock(86_400, { blockTime: 12, clockMode: 'blocknumber' })).toBe(7_200n);
  });

  it('takes up to a million expected members, the most the simulator can draw ballots for', () => {
    const doc = example('passport-signal');
    const members = doc.nodes.find((node: { kind: string }) => node.kind === 'members');
    members.params.expectedMembers = 1_000_000;
    expect(errorsOf(doc)).toEqual([]);
    members.params.expectedMembers = 1_000_001;
    expect(errorsOf(doc).map((problem) => [problem.nodeId, problem.field])).toEqual([
      [members.id, 'params.expectedMembers'],
    ]);
  });
});
