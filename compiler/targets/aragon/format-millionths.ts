/** Parts of 10^6 given as a fraction `numerator / denominator`, written as exact decimal text: 333333.3. */
export function formatMillionths(numerator: bigint, denominator: bigint): string {
  const whole = numerator / denominator;
  let rest = numerator % denominator;
  if (rest === 0n) return String(whole);
  let digits = '';
  // The denominators here are powers of ten or token supplies; stop after 12 places and mark the cut.
  for (let place = 0; place < 12 && rest !== 0n; place++) {
    rest *= 10n;
    digits += String(rest / denominator);
    rest %= denominator;
  }
  return `${whole}.${digits}${rest === 0n ? '' : '…'}`;
}
