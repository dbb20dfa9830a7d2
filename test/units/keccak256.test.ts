import fc from 'fast-check';
import { stringToBytes, keccak256 as viemKeccak256 } from 'viem';
import { describe, expect, it } from 'vitest';
import { keccak256, keccak256Text } from '../../compiler/units/keccak256.ts';

describe('keccak256', () => {
  it("gives Ethereum's Keccak-256 of the published vectors (not NIST SHA3-256)", () => {
    expect(keccak256Text('')).toBe('0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470');
    expect(keccak256Text('abc')).toBe('0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45');
  });

  it('agrees with viem on every length around the 136-byte block, aligned or not', () => {
    for (let length = 0; length <= 3 * 136 + 2; length++) {
      const bytes = Uint8Array.from({ length: length + 1 }, (_, i) => (i * 7919 + length) & 0xff);
      expect(keccak256(bytes.subarray(0, length)), `length ${length}`).toBe(
        viemKeccak256(bytes.subarray(0, length)),
      );
      expect(keccak256(bytes.subarray(1)), `offset 1, length ${length}`).toBe(
        viemKeccak256(bytes.subarray(1)),
      );
    }
  });

  it('agrees with viem on any text, in UTF-8', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 600 }), (text) => {
        expect(keccak256Text(text)).toBe(viemKeccak256(stringToBytes(text)));
      }),
      { numRuns: 300 },
    );
  });
});
