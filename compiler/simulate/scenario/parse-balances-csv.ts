/** A holder read from CSV; balance in base units. */
export interface CsvHolder {
  address: string;
  balance: bigint;
}

/** What {@link parseBalancesCsv} returns: the holders, or the first problem with its 1-based line number. */
export type ParseBalancesCsvReturnType =
  | { ok: true; holders: CsvHolder[] }
  | { ok: false; line: number; message: string };

const addressPattern = /^0x[0-9a-fA-F]{40}$/;
const balancePattern = /^(0|[1-9][0-9]*)$/;

/**
 * Reads `address,balance` lines strictly: a 0x address of 40 hex digits, a comma, and a balance in base units as a
 * non-negative integer without sign, exponent, separators or leading zeros. An optional first line
 * `address,balance` is a header. Blank lines (also a final newline) are skipped; `\r\n` is accepted; spaces around
 * fields are not. An address may appear once (compared case-insensitively). At least one holder is needed.
 */
export function parseBalancesCsv(text: string): ParseBalancesCsvReturnType {
  const holders: CsvHolder[] = [];
  const seen = new Map<string, number>();
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = index + 1;
    const row = lines[index]!.endsWith('\r') ? lines[index]!.slice(0, -1) : lines[index]!;
    if (row === '') continue;
    if (index === 0 && row.toLowerCase() === 'address,balance') continue;
    const fields = row.split(',');
    if (fields.length !== 2)
      return { ok: false, line, message: `expected "address,balance", found ${fields.length} fields` };
    const [address, balance] = fields as [string, string];
    if (!addressPattern.test(address))
      return { ok: false, line, message: `"${address}" is not a 0x address of 40 hex digits` };
    if (!balancePattern.test(balance))
      return {
        ok: false,
        line,
        message: `"${balance}" is not a balance in base units (a whole number such as 1000000000000000000)`,
      };
    const key = address.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined)
      return { ok: false, line, message: `${address} already appears on line ${first}` };
    seen.set(key, line);
    holders.push({ address, balance: BigInt(balance) });
  }
  if (holders.length === 0) return { ok: false, line: lines.length, message: 'no holders' };
  return { ok: true, holders };
}
