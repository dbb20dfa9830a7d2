/**
 * The Nakamoto coefficient of balances (base units): the fewest holders, largest first, whose balances add up to
 * strictly more than half of all the balances. 0 when the balances add up to 0.
 */
export function nakamoto(balances: readonly bigint[]): number {
  const sorted = [...balances].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0));
  let total = 0n;
  for (const balance of sorted) total += balance;
  if (total === 0n) return 0;
  let held = 0n;
  for (let k = 0; k < sorted.length; k++) {
    held += sorted[k]!;
    if (2n * held > total) return k + 1;
  }
  return sorted.length;
}
