import fc from 'fast-check';
import type { TFunction } from 'i18next';
import { getAddress } from 'viem';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAddress } from '../../src/inspector/parse/parse-address.ts';
import { parseAddressList } from '../../src/inspector/parse/parse-address-list.ts';
import { shown, translator } from './inspector-i18n.ts';

let en: TFunction;
let ko: TFunction;
beforeAll(async () => {
  en = await translator('en');
  ko = await translator('ko');
});

// Vitalik's address, from EIP-55's own examples.
const checksummed = '0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045';
const lower = checksummed.toLowerCase();
const badChecksum = checksummed.replace('aA9', 'Aa9');

describe('parseAddress', () => {
  it('accepts a checksummed address as it is', () => {
    expect(shown(en, parseAddress(checksummed))).toEqual({ stored: checksummed });
  });

  it('checksums an address typed in one case', () => {
    expect(shown(en, parseAddress(` ${lower} `))).toEqual({ stored: checksummed });
    expect(shown(en, parseAddress(`0x${lower.slice(2).toUpperCase()}`))).toEqual({ stored: checksummed });
  });

  it('refuses mixed case whose capitals do not match the checksum', () => {
    expect(shown(en, parseAddress(badChecksum))).toEqual([
      'The capital letters of this address do not match its checksum: check it was copied exactly.',
    ]);
    expect(shown(ko, parseAddress(badChecksum))).toEqual([
      '이 주소의 대소문자가 체크섬과 맞지 않습니다. 정확히 복사했는지 확인하세요.',
    ]);
  });

  it('refuses the wrong length or characters, quoting what was typed', () => {
    expect(shown(en, parseAddress('0x1234'))).toEqual([
      '“0x1234” is not an address: 0x followed by 40 hexadecimal digits.',
    ]);
    expect(shown(en, parseAddress(`${lower.slice(0, -1)}g`))).toEqual([
      `“${lower.slice(0, -1)}g” is not an address: 0x followed by 40 hexadecimal digits.`,
    ]);
    expect(shown(en, parseAddress('vitalik.eth'))).toEqual([
      '“vitalik.eth” is not an address: 0x followed by 40 hexadecimal digits.',
    ]);
  });

  it('returns any 20-byte address typed in lowercase checksummed, equal ignoring case', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 20, maxLength: 20 }), (bytes) => {
        const typed = `0x${Buffer.from(bytes).toString('hex')}`;
        const parsed = parseAddress(typed);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.value).toBe(getAddress(typed));
        expect(parsed.value.toLowerCase()).toBe(typed);
      }),
    );
  });

  it('never throws on random text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseAddress(text);
        if (parsed.ok) expect(parsed.value).toBe(getAddress(parsed.value));
      }),
    );
  });
});

describe('parseAddressList', () => {
  const other = '0xAb5801a7D398351b8bE11C439e05C5B3259aeC9B';

  it('stores the checksummed list, skipping blank lines', () => {
    expect(shown(en, parseAddressList(`${lower}\n\n  ${other}\n`))).toEqual({ stored: [checksummed, other] });
    expect(shown(en, parseAddressList(''))).toEqual({ stored: [] });
  });

  it('names each bad line by its number', () => {
    expect(shown(en, parseAddressList(`${checksummed}\n0x12\n${badChecksum}`))).toEqual([
      'Line 2: “0x12” is not an address: 0x followed by 40 hexadecimal digits.',
      'Line 3: The capital letters of this address do not match its checksum: check it was copied exactly.',
    ]);
    expect(shown(ko, parseAddressList('0x12'))).toEqual([
      '1번째 줄: 입력한 “0x12” 값은 주소가 아닙니다: 0x 뒤에 16진수 40자리여야 합니다.',
    ]);
  });

  it('finds duplicates whatever their case', () => {
    expect(shown(en, parseAddressList(`${checksummed}\n${other}\n${lower}`))).toEqual([
      'Line 3 repeats the address on line 1.',
    ]);
  });

  it('never throws on random lines, and stores only distinct checksummed addresses', () => {
    const line = fc.oneof(
      fc.string(),
      fc
        .uint8Array({ minLength: 20, maxLength: 20 })
        .map((bytes) => `0x${Buffer.from(bytes).toString('hex')}`),
      fc.constantFrom(checksummed, lower, other, ''),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        const parsed = parseAddressList(lines.join('\n'));
        if (!parsed.ok) return;
        expect(new Set(parsed.value.map((address) => address.toLowerCase())).size).toBe(parsed.value.length);
        for (const address of parsed.value) expect(address).toBe(getAddress(address));
      }),
    );
  });
});
