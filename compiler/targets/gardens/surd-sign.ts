import type { Fraction } from '../../units/percent-to-fraction.ts';

/** The sign of an exact rational (denominator positive). */
function sign(x: Fraction): -1 | 0 | 1 {
  return x.numerator > 0n ? 1 : x.numerator < 0n ? -1 : 0;
}

/** a² − b²·m over one denominator, for the comparison below. */
function squaresDifference(a: Fraction, b: Fraction, m: Fraction): -1 | 0 | 1 {
  const left = a.numerator * a.numerator * b.denominator * b.denominator * m.denominator;
  const right = b.numerator * b.numerator * m.numerator * a.denominator * a.denominator;
  return left > right ? 1 : left < right ? -1 : 0;
}

/**
 * The exact sign of p + q·√m for rationals p, q and m ≥ 0, without computing the square root: when p and q have
 * opposite signs it compares p² with q²·m. This is how Gardens' conversions, which involve √(minimum conviction),
 * are rounded exactly instead of in floating point.
 */
export function surdSign(p: Fraction, q: Fraction, m: Fraction): -1 | 0 | 1 {
  const sp = sign(p);
  const sq = m.numerator === 0n ? 0 : sign(q);
  if (sq === 0) return sp;
  if (sp === 0) return sq;
  if (sp === sq) return sp;
  const difference = squaresDifference(p, q, m);
  if (sp > 0) return difference;
  return difference === 0 ? 0 : difference > 0 ? -1 : 1;
}
