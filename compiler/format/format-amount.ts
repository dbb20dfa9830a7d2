/**
 * A decimal amount as text with thousands separators, exact at any size: "1000000000" → "1,000,000,000",
 * "50000.5" with symbol "USDC" → "50,000.5 USDC". Text that is not a decimal is returned as it is.
 */
export function formatAmount(amount: string, symbol?: string): string {
  const match = /^(\d+)(\.\d+)?$/.exec(amount);
  const number = match ? match[1]!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (match[2] ?? '') : amount;
  return symbol ? `${number} ${symbol}` : number;
}
