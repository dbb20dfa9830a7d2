import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approval } from '../../compiler/simulate/mechanisms/approval.ts';
import { copeland } from '../../compiler/simulate/mechanisms/copeland.ts';
import { quadratic } from '../../compiler/simulate/mechanisms/quadratic.ts';
import { rankedChoice } from '../../compiler/simulate/mechanisms/ranked-choice.ts';
import { singleChoice } from '../../compiler/simulate/mechanisms/single-choice.ts';
import { weighted } from '../../compiler/simulate/mechanisms/weighted.ts';

const choices = ['a', 'b', 'c', 'd', 'e'];
const vp = fc.integer({ min: 0, max: 1_000_000 });
const weightsBallot = fc.dictionary(
  fc.constantFrom('1', '2', '3', '4', '5'),
  fc.integer({ min: 0, max: 100 }),
  { minKeys: 1 },
);
const ranking = fc.shuffledSubarray([1, 2, 3, 4, 5], { minLength: 5, maxLength: 5 });

describe('Snapshot-compatible invariants', () => {
  it('quadratic scores add up to the voting power of the valid ballots', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            choice: fc.oneof(weightsBallot, fc.constant(null)),
            vp: fc.double({ min: 0, max: 1e9, noNaN: true }),
          }),
        ),
        (votes) => {
          const { scores } = quadratic({ choices, votes });
          const valid = votes.filter((v) => v.choice !== null && Object.values(v.choice).some((x) => x > 0));
          const validVp = valid.reduce((sum, v) => sum + v.vp, 0);
          const noWeightLands = valid.every((v) => v.vp === 0);
          const sum = scores.reduce((a, b) => a + b, 0);
          expect(Math.abs(sum - (noWeightLands ? 0 : validVp))).toBeLessThanOrEqual(
            1e-9 * Math.max(1, validVp),
          );
        },
      ),
    );
  });

  it('no result depends on the order of the ballots (exactly, with whole-number voting power)', () => {
    const cases = [
      [singleChoice, fc.integer({ min: 0, max: 6 })],
      [approval, fc.shuffledSubarray([1, 2, 3, 4, 5])],
      [rankedChoice, ranking],
      [copeland, ranking],
    ] as const;
    for (const [mechanism, choice] of cases) {
      fc.assert(
        fc.property(fc.array(fc.record({ choice: choice as fc.Arbitrary<unknown>, vp })), (votes) => {
          expect(mechanism({ choices, votes: [...votes].reverse() })).toEqual(mechanism({ choices, votes }));
        }),
      );
    }
    // Weighted and quadratic divide, so reordering can move the last bit: equal to 1e-12 relative.
    for (const mechanism of [weighted, quadratic]) {
      fc.assert(
        fc.property(fc.array(fc.record({ choice: weightsBallot, vp })), (votes) => {
          const a = mechanism({ choices, votes });
          const b = mechanism({ choices, votes: [...votes].reverse() });
          a.scores.forEach((score, i) => {
            expect(Math.abs(score - b.scores[i]!)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(score)));
          });
        }),
      );
    }
  });
});
