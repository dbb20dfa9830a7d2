import { maxDocumentBytes } from '../../../compiler/index.ts';

/**
 * The most characters a share link may unpack to: the loader's 5 MB document limit (5,242,880). A document within
 * that limit has at most as many characters as bytes, so no link that holds a loadable document is refused.
 */
export const maxUnpackedCharacters = maxDocumentBytes;

/** What {@link decompressBounded} gives: lz-string's answer (null for data it cannot unpack), or that it is too big. */
export type DecompressBoundedReturnType =
  | { ok: true; text: string | null }
  | { ok: false; reason: 'too-big' };

/** lz-string's URI-safe alphabet, each character to its 6-bit value. */
const uriSafe = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const values = new Map([...uriSafe].map((character, index) => [character, index]));

/**
 * lz-string's `decompressFromEncodedURIComponent`, the same answer for every input, except that it stops as soon as
 * the text it is unpacking passes `maxCharacters`, instead of building it whole first: a 32,000-character link can
 * otherwise unpack to over a hundred million characters (seconds of work and gigabytes before any size check).
 * Iterative, linear in its input and its bounded output; never throws.
 */
export function decompressBounded(
  input: string,
  maxCharacters: number = maxUnpackedCharacters,
): DecompressBoundedReturnType {
  if (input === '') return { ok: true, text: null };
  const source = input.replace(/ /g, '+');
  const length = source.length;
  // As in lz-string: a character outside the alphabet, or past the end, reads as 0.
  const valueAt = (index: number) => values.get(source.charAt(index)) ?? 0;
  let value = valueAt(0);
  let position = 32;
  let index = 1;
  const readBits = (count: number): number => {
    let bits = 0;
    for (let power = 1, n = 0; n < count; n++, power *= 2) {
      const bit = value & position;
      position >>= 1;
      if (position === 0) {
        position = 32;
        value = valueAt(index++);
      }
      if (bit > 0) bits += power;
    }
    return bits;
  };

  const dictionary: (string | undefined)[] = [];
  let dictSize = 4;
  let enlargeIn = 4;
  let numBits = 3;
  const result: string[] = [];
  let total = 0;

  // lz-string reads a first code of 3 (never written by its compressor) as an undefined first entry and goes on:
  // kept so, to give the same answer on every input.
  let first: string | undefined;
  const kind = readBits(2);
  if (kind === 2) return { ok: true, text: '' };
  if (kind === 0) first = String.fromCharCode(readBits(8));
  else if (kind === 1) first = String.fromCharCode(readBits(16));
  dictionary[3] = first;
  let w = first;
  if (first !== undefined) result.push(first);
  total += first?.length ?? 0;
  if (total > maxCharacters) return { ok: false, reason: 'too-big' };
  for (;;) {
    if (index > length) return { ok: true, text: '' };
    let code = readBits(numBits);
    if (code === 0 || code === 1) {
      dictionary[dictSize++] = String.fromCharCode(readBits(code === 0 ? 8 : 16));
      code = dictSize - 1;
      enlargeIn--;
    } else if (code === 2) {
      return { ok: true, text: result.join('') };
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    let entry: string;
    const known = dictionary[code];
    if (known) entry = known;
    else if (code === dictSize && w !== undefined) entry = w + w.charAt(0);
    // lz-string gives null here, or throws on the undefined first entry: both mean the data is not lz-string's.
    else return { ok: true, text: null };
    total += entry.length;
    if (total > maxCharacters) return { ok: false, reason: 'too-big' };
    result.push(entry);
    dictionary[dictSize++] = String(w) + entry.charAt(0);
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}
