/** The most UTF-8 bytes OpenZeppelin's EIP712 takes as a domain name (a ShortString: one 32-byte word with its length). */
export const maxEip712NameBytes = 31;

const bytes = (text: string) => new TextEncoder().encode(text).length;

/**
 * A name as an EIP-712 domain name OpenZeppelin Contracts 5.7 can hold: the name itself when it fits in 31 UTF-8
 * bytes; else its longest prefix of whole words that fits, without a parenthesis left open; else (one long word) its
 * longest prefix of whole characters. Since 5.7, EIP712's constructor stores the name as a ShortString and reverts with
 * StringTooLong above 31 bytes (contracts/utils/cryptography/EIP712.sol, `_name = name.toShortString()`), so a
 * Governor or a voting token with a longer name cannot be deployed at all.
 *
 * @example eip712Name('Token governor (Uniswap numbers, OpenZeppelin Governor)') // 'Token governor'
 */
export function eip712Name(name: string): string {
  if (bytes(name) <= maxEip712NameBytes) return name;
  let cut = '';
  for (const character of name) {
    if (bytes(cut + character) > maxEip712NameBytes) break;
    cut += character;
  }
  const nextIsSpace = /\s/.test(name.slice(cut.length, cut.length + 1));
  let words = nextIsSpace ? cut : cut.slice(0, Math.max(0, cut.search(/\s\S*$/)));
  const open = words.lastIndexOf('(');
  if (open > words.lastIndexOf(')')) words = words.slice(0, open);
  words = words.trimEnd().replace(/[\s,;:–—-]+$/, '');
  return words.length > 0 ? words : cut.trimEnd();
}
