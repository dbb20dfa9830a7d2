/**
 * Splits `total` base units in proportion to `weights` so that the parts add up to exactly `total`: each part is
 * first ⌊total · w / Σw⌋, then the units left over go one each to the largest remainders, ties to the lower
 * index (Hamilton's largest-remainder method). All parts are 0 when the weights add up to 0.
 */
export function apportion(total: bigint, weights: readonly bigint[]): bigint[] {
  let sum = 0n;
  for (const weight of weights) sum += weight;
  if (sum === 0n) return weights.map(() => 0n);
  const parts: bigint[] = [];
  const remainders: bigint[] = [];
  let given = 0n;
  for (const weight of weights) {
    const product = total * weight;
    const part = product / sum;
    parts.push(part);
    remainders.push(product - part * sum);
    given += part;
  }
  const order = remainders.map((_, index) => index);
  order.sort((a, b) => (remainders[a]! > remainders[b]! ? -1 : remainders[a]! < remainders[b]! ? 1 : a - b));
  for (let left = total - given, k = 0; left > 0n; left--, k++) {
    const index = order[k]!;
    parts[index] = parts[index]! + 1n;
  }
  return parts;
}
