import { describe, expect, it } from 'vitest';
import { lnFixed } from '../../../compiler/targets/gardens/ln-fixed.ts';
import { roundToNearest } from '../../../compiler/targets/gardens/round-to-nearest.ts';
import { surdSign } from '../../../compiler/targets/gardens/surd-sign.ts';

const f = (numerator: bigint, denominator = 1n) => ({ numerator, denominator });

describe('surdSign', () => {
  it('gives the sign of p + q·√m without computing the root', () => {
    expect(surdSign(f(-3n), f(1n), f(9n))).toBe(0); // −3 + √9
    expect(surdSign(f(-3n), f(1n), f(10n))).toBe(1); // −3 + √10
    expect(surdSign(f(3n), f(-1n), f(10n))).toBe(-1); // 3 − √10
    expect(surdSign(f(3n), f(-1n), f(8n))).toBe(1); // 3 − √8
    expect(surdSign(f(-1n, 2n), f(1n), f(1n, 4n))).toBe(0); // −½ + √¼
    expect(surdSign(f(0n), f(-2n), f(5n))).toBe(-1);
    expect(surdSign(f(7n), f(5n), f(0n))).toBe(1);
  });
});

describe('roundToNearest', () => {
  it('finds the nearest integer from a wrong guess, halves up', () => {
    // x = √2 · 10^6 = 1414213.56…
    const sqrt2e6 = (b: { numerator: bigint; denominator: bigint }) =>
      surdSign(f(-b.numerator, b.denominator), f(1_000_000n), f(2n)) >= 0;
    expect(roundToNearest(sqrt2e6, 1_414_000)).toBe(1_414_214n);
    expect(roundToNearest(sqrt2e6, 1_415_000)).toBe(1_414_214n);
    expect(roundToNearest((b) => 5n * b.denominator >= 2n * b.numerator, 0)).toBe(3n); // 2.5 → 3
  });
});

describe('lnFixed', () => {
  // Truth from Python's decimal module at 60 significant digits, scaled by 10^40 and truncated.
  const within = (value: bigint, truth: bigint) => (value > truth ? value - truth : truth - value) <= 8_000n;

  it('computes ln 2 and ln(1/10^7) to 40 places, within its error bound', () => {
    expect(within(lnFixed(2n, 1n, 40), 6_931_471_805_599_453_094_172_321_214_581_765_680_755n)).toBe(true);
    expect(
      within(lnFixed(1n, 10_000_000n, 40), -161_180_956_509_583_197_881_259_401_827_905_494_532_077n),
    ).toBe(true);
    expect(
      within(lnFixed(9_999_799n, 10_000_000n, 40), -201_002_020_077_069_078_066_761_967_928_847_908n),
    ).toBe(true);
  });
});
