import type { FieldMessage, ParseResult } from './field-message.ts';
import { parseAddress } from './parse-address.ts';

/**
 * Addresses typed one a line, as the checksummed list to store. Blank lines are skipped. Each bad line is one
 * `inspector.addressLine` message wrapping the address's own error; a line repeating an earlier address (in any
 * case) is `inspector.duplicateAddress`, naming both lines. Line numbers count from 1, as an editor shows them.
 */
export function parseAddressList(text: string): ParseResult<string[]> {
  const addresses: string[] = [];
  const errors: FieldMessage[] = [];
  const firstLine = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const parsed = parseAddress(raw);
    if (!parsed.ok) {
      errors.push({ key: 'inspector.addressLine', values: { line }, inner: parsed.errors[0]! });
      return;
    }
    const lower = parsed.value.toLowerCase();
    const first = firstLine.get(lower);
    if (first !== undefined) {
      errors.push({ key: 'inspector.duplicateAddress', values: { line, first } });
      return;
    }
    firstLine.set(lower, line);
    addresses.push(parsed.value);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: addresses };
}
