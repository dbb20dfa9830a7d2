import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decompressBounded, maxUnpackedCharacters } from '../../src/panels/review/decompress-bounded.ts';
import { decodeShareLink } from '../../src/panels/review/share-link-codec.ts';

/** lz-string's own answer, a throw read as null (the share-link codec reads it so). */
function reference(input: string): string | null {
  try {
    return LZString.decompressFromEncodedURIComponent(input);
  } catch {
    return null;
  }
}

const uriSafe = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
/** Payload-like text: lz-string's alphabet, with now and then a space or a character outside it. */
const payloads = fc.string({
  unit: fc.oneof(
    { weight: 20, arbitrary: fc.constantFrom(...uriSafe) },
    { weight: 1, arbitrary: fc.constantFrom(' ', '.', '%', 'é', '=') },
  ),
  maxLength: 300,
});

const sixMillionA = readFileSync('test/fixtures/share-links/six-million-a.payload.txt', 'utf8').trim();

describe('decompressBounded', () => {
  it('stops at 5,242,880 characters, the loader’s 5 MB document limit', () => {
    expect(maxUnpackedCharacters).toBe(5_242_880);
  });

  it('gives lz-string’s own answer for any payload-like text below the limit', () => {
    fc.assert(
      fc.property(payloads, (input) => {
        expect(decompressBounded(input)).toEqual({ ok: true, text: reference(input) });
      }),
      { numRuns: 3000 },
    );
  });

  it('unpacks what lz-string packed, any text, exactly', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        const packed = LZString.compressToEncodedURIComponent(text);
        expect(decompressBounded(packed)).toEqual({ ok: true, text: reference(packed) });
        if (text !== '') expect(decompressBounded(packed)).toEqual({ ok: true, text });
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses text that unpacks to more than the limit, and only such text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', '{', '"'), maxLength: 400 }),
        fc.integer({ min: 1, max: 400 }),
        (text, limit) => {
          const packed = LZString.compressToEncodedURIComponent(text);
          const answer = decompressBounded(packed, limit);
          if (text.length > limit) expect(answer).toEqual({ ok: false, reason: 'too-big' });
          else expect(answer).toEqual({ ok: true, text: reference(packed) });
        },
      ),
    );
  });

  it('refuses a 6,255-character payload of six million “a” without unpacking it', () => {
    expect(sixMillionA.length).toBe(6255);
    expect(decompressBounded(sixMillionA)).toEqual({ ok: false, reason: 'too-big' });
    // The same payload in a share link: refused as too big, not as a checksum mismatch found after unpacking.
    expect(decodeShareLink(`#share=1.00000000.${sixMillionA}`)).toEqual({ ok: false, problem: 'too-big' });
  });
});
