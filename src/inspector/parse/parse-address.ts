import { getAddress, isAddress } from 'viem';
import { fieldError, type ParseResult } from './field-message.ts';

/**
 * An EVM address, stored with its EIP-55 checksum. Not 0x and 40 hex digits is `inspector.invalidAddress`;
 * mixed case whose capitals do not match the checksum is `inspector.badChecksum` (a typo the checksum caught);
 * all-lowercase or all-uppercase carries no checksum and is accepted, then checksummed.
 */
export function parseAddress(text: string): ParseResult<string> {
  const trimmed = text.trim();
  if (!isAddress(trimmed, { strict: false }))
    return fieldError('inspector.invalidAddress', { value: shorten(trimmed) });
  const digits = trimmed.slice(2);
  const oneCase = digits === digits.toLowerCase() || digits === digits.toUpperCase();
  if (!oneCase && !isAddress(trimmed, { strict: true })) return fieldError('inspector.badChecksum');
  return { ok: true, value: getAddress(trimmed) };
}

/** Long pasted text is cut in the message, so it stays one line. */
function shorten(text: string): string {
  return text.length > 48 ? `${text.slice(0, 45)}…` : text;
}
