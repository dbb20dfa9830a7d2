import {
  type ElectorateModel,
  type ParseBalancesCsvReturnType,
  parseBalancesCsv,
} from '../../../compiler/index.ts';

/** What {@link importBalancesCsv} returns: the model to use, or why nothing was imported. */
export type ImportBalancesCsvReturnType =
  | { ok: true; model: ElectorateModel; holders: number; total: bigint }
  | Extract<ParseBalancesCsvReturnType, { ok: false }>
  | { ok: false; overSupply: { total: bigint; supply: bigint } };

/**
 * Checks a CSV of `address,balance` lines (balances in base units) with the simulator's own strict reader, and
 * that the balances fit in the electorate's `supply` (base units), before anything is imported: a bad line is
 * reported with its number and the scenario is left as it was.
 */
export function importBalancesCsv(text: string, supply: bigint): ImportBalancesCsvReturnType {
  const parsed = parseBalancesCsv(text);
  if (!parsed.ok) return parsed;
  let total = 0n;
  for (const holder of parsed.holders) total += holder.balance;
  if (total > supply) return { ok: false, overSupply: { total, supply } };
  return { ok: true, model: { distribution: 'csv', csv: text }, holders: parsed.holders.length, total };
}
