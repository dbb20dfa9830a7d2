import { saidText } from '../../diagnostics/said-text.ts';
import { type Said, say } from '../../diagnostics/say.ts';

/** A holder read from CSV; balance in base units. */
export interface CsvHolder {
  address: string;
  balance: bigint;
}

/**
 * What {@link parseBalancesCsv} returns: the holders, or the first problem with its 1-based line number, in English
 * (`message`) and as a template with its arguments (for `diagnosticText` in another language).
 */
export type ParseBalancesCsvReturnType =
  | { ok: true; holders: CsvHolder[] }
  | ({ ok: false; line: number; message: string } & Said);

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
    if (fields.length !== 2) return refused(line, say('csv.fields', { count: fields.length }));
    const [address, balance] = fields as [string, string];
    if (!addressPattern.test(address)) return refused(line, say('csv.address', { address }));
    if (!balancePattern.test(balance)) return refused(line, say('csv.balance', { balance }));
    const key = address.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) return refused(line, say('csv.repeated', { address, first }));
    seen.set(key, line);
    holders.push({ address, balance: BigInt(balance) });
  }
  if (holders.length === 0) return refused(lines.length, say('csv.no-holders'));
  return { ok: true, holders };
}

function refused(line: number, said: Said): ParseBalancesCsvReturnType {
  return { ok: false, line, message: saidText(said, 'en'), ...said };
}
