// `charter tally` on inputs at the edge of what a number can hold: a score is never printed as null, a deep input
// never overflows the stack; each is exit 1 with a message naming the field.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../../compiler/cli/main.ts';
import { fakeIO } from './fake-io.ts';

async function tally(mechanism: string, text: string) {
  const io = fakeIO({ 'in.json': text });
  const code = await main(['tally', mechanism, 'in.json'], io);
  return { code, out: io.out, err: io.err };
}

const snapshotMechanisms = ['single-choice', 'approval', 'weighted', 'quadratic', 'ranked-choice'];
/** A ballot for choice 1 in the form each Snapshot mechanism takes. */
const ballot: Record<string, unknown> = {
  'single-choice': 1,
  approval: [1],
  weighted: { 1: 1 },
  quadratic: { 1: 1 },
  'ranked-choice': [1, 2],
};

describe('charter tally never prints a null score', () => {
  it.each(snapshotMechanisms)(
    '%s: two votes of 1e308 are exit 1, naming the total that overflows',
    async (mechanism) => {
      const votes = [1, 2].map(() => ({ choice: ballot[mechanism], vp: 1e308 }));
      const result = await tally(mechanism, JSON.stringify({ choices: ['a', 'b'], votes }));
      expect(result.out).toBe('');
      expect(result.code).toBe(1);
      expect(result.err).toMatch(
        new RegExp(
          `^charter tally ${mechanism}: scores\\[0\\] overflows: the numbers in the input add up to more than a number can hold \\(about 1\\.8e308\\)\\n$`,
        ),
      );
    },
  );

  it('a 400-digit voting power is exit 1, naming the field, not "got null"', async () => {
    const text = `{"choices": ["a"], "votes": [{"choice": 1, "vp": ${'9'.repeat(400)}}]}`;
    expect(await tally('single-choice', text)).toEqual({
      code: 1,
      out: '',
      err: 'charter tally single-choice: votes[0].vp: the number is too large (JSON numbers must stay below about 1.8e308)\n',
    });
  });

  it('any finite voting powers give finite scores, or exit 1 with a message', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...snapshotMechanisms),
        fc.array(fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true }), { minLength: 1, maxLength: 5 }),
        async (mechanism, powers) => {
          const votes = powers.map((vp) => ({ choice: ballot[mechanism], vp }));
          const result = await tally(mechanism, JSON.stringify({ choices: ['a', 'b'], votes }));
          if (result.code === 0) {
            expect(result.out).not.toContain('null');
            const { scores, scoresTotal } = JSON.parse(result.out);
            for (const score of [...scores, scoresTotal]) expect(Number.isFinite(score)).toBe(true);
          } else {
            expect(result.code).toBe(1);
            expect(result.err).toMatch(/overflows: .*\n$/);
          }
        },
      ),
      { seed: 18, numRuns: 300 },
    );
  });
});

describe('charter tally on deeply nested input', () => {
  const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
  it.each(['majority', 'single-choice', 'copeland', 'conviction', 'budget-split', 'veto'])(
    '%s: exit 1 with where the nesting goes too deep, no stack overflow',
    async (mechanism) => {
      expect(await tally(mechanism, deep)).toEqual({
        code: 1,
        out: '',
        err: `charter tally ${mechanism}: the input is nested more than 64 levels deep at line 1, column 65\n`,
      });
    },
  );

  it('a deep value inside an otherwise good input is caught the same way', async () => {
    const text = `{"choices": ["a"], "votes": [{"choice": ${'['.repeat(70)}${']'.repeat(70)}, "vp": 1}]}`;
    const result = await tally('approval', text);
    expect(result).toMatchObject({ code: 1, out: '' });
    expect(result.err).toContain('nested more than 64 levels deep at line 1, column');
  });
});
