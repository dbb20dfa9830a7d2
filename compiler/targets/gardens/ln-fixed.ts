/** atanh(zn / zd) · 10^digits, truncated, for |zn / zd| ≤ 1/3; error below 2·digits units of the last place. */
function atanhFixed(zn: bigint, zd: bigint, scale: bigint): bigint {
  let power = (scale * zn) / zd; // z^k · scale, k odd
  const zn2 = zn * zn;
  const zd2 = zd * zd;
  let sum = 0n;
  for (let k = 1n; power !== 0n; k += 2n) {
    sum += power / k;
    power = (power * zn2) / zd2;
  }
  return sum;
}

/**
 * ln(a / b) · 10^digits for positive integers a and b, truncated toward zero at each step, with an error below
 * 200·digits units of the last place: ln(a / b) = k·ln 2 + 2·atanh(z), after halving or doubling a / b into
 * [2/3, 4/3] so that |z| ≤ 1/7 and the series converges fast (ln 2 itself is 2·atanh(1/3)).
 */
export function lnFixed(a: bigint, b: bigint, digits: number): bigint {
  const scale = 10n ** BigInt(digits);
  let num = a;
  let den = b;
  let k = 0n;
  while (3n * num > 4n * den) {
    den *= 2n;
    k += 1n;
  }
  while (3n * num < 2n * den) {
    num *= 2n;
    k -= 1n;
  }
  const ln2 = 2n * atanhFixed(1n, 3n, scale);
  return k * ln2 + 2n * atanhFixed(num - den, num + den, scale);
}
