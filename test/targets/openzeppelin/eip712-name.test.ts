import { describe, expect, it } from 'vitest';
import { eip712Name } from '../../../compiler/targets/openzeppelin/eip712-name.ts';

describe('eip712Name', () => {
  it('keeps a name that fits in 31 UTF-8 bytes', () => {
    expect(eip712Name('One-member-one-vote cooperative')).toBe('One-member-one-vote cooperative');
  });

  it('cuts a longer name to whole words, without a parenthesis left open', () => {
    expect(eip712Name('Token governor (Uniswap numbers, OpenZeppelin Governor)')).toBe('Token governor');
    expect(eip712Name("Bicameral DAO with a Citizens' House veto (Optimism-style)")).toBe(
      "Bicameral DAO with a Citizens'",
    );
  });

  it('counts bytes, not characters, and cuts one long word between characters', () => {
    expect(eip712Name('한국어 이름이 아주 길어서 서른한 바이트를 넘습니다')).toBe('한국어 이름이 아주');
    expect(eip712Name('Supercalifragilisticexpialidocious')).toBe('Supercalifragilisticexpialidoci');
  });
});
