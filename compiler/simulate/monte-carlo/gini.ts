/** An exact coefficient as a fraction (decimal text) and its nearest double. */
export interface ExactCoefficient {
  numerator: string;
  denominator: string;
  value: number;
}

/**
 * The Gini coefficient of balances (base units), exactly: with x₁ ≤ … ≤ xₙ,
 * G = (2 · Σ i·xᵢ − (n + 1) · Σ xᵢ) / (n · Σ xᵢ), which equals Σᵢ Σⱼ |xᵢ − xⱼ| / (2 · n · Σ xᵢ). 0 is perfect
 * equality, (n − 1)/n one holder with everything. 0 when there are no balances or they add up to 0.
 */
export function gini(balances: readonly bigint[]): ExactCoefficient {
  const sorted = [...balances].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const n = BigInt(sorted.length);
  let sum = 0n;
  let ranked = 0n;
  for (let i = 0; i < sorted.length; i++) {
    sum += sorted[i]!;
    ranked += BigInt(i + 1) * sorted[i]!;
  }
  if (sum === 0n) return { numerator: '0', denominator: '1', value: 0 };
  let numerator = 2n * ranked - (n + 1n) * sum;
  let denominator = n * sum;
  const divisor = gcd(numerator, denominator);
  numerator /= divisor;
  denominator /= divisor;
  return {
    numerator: String(numerator),
    denominator: String(denominator),
    value: ratioValue(numerator, denominator),
  };
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

/** num/den as a double, exact to the double's precision even when both are far beyond 2^53. */
function ratioValue(num: bigint, den: bigint): number {
  const scale = 10n ** 18n;
  return Number((num * scale) / den) / 1e18;
}
