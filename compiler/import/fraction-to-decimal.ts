/**
 * `numerator / denominator` as exact decimal text ("4", "4.5", "0.001"), or undefined when the fraction does not end
 * in decimal (1/3), so that a caller never writes a rounded value as if it were read.
 */
export function fractionToDecimal(numerator: bigint, denominator: bigint): string | undefined {
  if (denominator <= 0n || numerator < 0n) return undefined;
  let rest = denominator / gcd(numerator, denominator);
  let twos = 0;
  let fives = 0;
  while (rest % 2n === 0n) {
    rest /= 2n;
    twos++;
  }
  while (rest % 5n === 0n) {
    rest /= 5n;
    fives++;
  }
  if (rest !== 1n) return undefined;
  const scale = Math.max(twos, fives);
  const scaled = (numerator * 10n ** BigInt(scale)) / denominator;
  if (scale === 0) return scaled.toString();
  const digits = scaled.toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, -scale);
  const fraction = digits.slice(-scale).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}
