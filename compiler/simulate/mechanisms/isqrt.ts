import { CharterError } from '../../errors/charter-error.ts';

/**
 * The integer square root ⌊√n⌋ of a non-negative bigint, exact for any size. Starts from the float estimate and
 * finishes with Newton's method from above, so it takes one or two bigint divisions for token amounts.
 */
export function isqrt(n: bigint): bigint {
  if (n < 0n) throw new CharterError(`isqrt: ${n} is negative.`);
  if (n < 4503599627370496n) {
    // Below 2^52 every step is exact in doubles; the float root can still be one off at perfect squares.
    const value = Number(n);
    let root = Math.floor(Math.sqrt(value));
    if (root * root > value) root -= 1;
    else if ((root + 1) * (root + 1) <= value) root += 1;
    return BigInt(root);
  }
  // One Newton step from any positive guess lands at or above ⌊√n⌋; from there Newton descends to it.
  const guess = BigInt(Math.floor(Math.sqrt(Number(n)))) || 1n;
  let root = (guess + n / guess) >> 1n;
  for (;;) {
    const next = (root + n / root) >> 1n;
    if (next >= root) return root;
    root = next;
  }
}
