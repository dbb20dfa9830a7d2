import { decodeFunctionData, zeroAddress } from 'viem';
import { describe, expect, it } from 'vitest';
import { safeSetupAbi } from '../../../compiler/targets/safe/safe-abi.ts';
import {
  compatibilityFallbackHandler,
  type SafeSetupInput,
  safeSetup,
} from '../../../compiler/targets/safe/safe-setup.ts';
import { accounts, node } from '../aragon/nodes.ts';

const owners = (signers: readonly string[] = accounts.slice(0, 3)) =>
  node('signers', 'team', { signers: [...signers] }, 'Core team');
const multisig = (threshold: number, onlyListed = true) => {
  const made = node('multisig', 'msig', { onlyListed }, 'Treasury Safe');
  made.params.threshold = threshold; // below the schema's minimum of 1 too, to test the contract's own bound
  return made;
};

function input(overrides: Partial<SafeSetupInput> = {}): SafeSetupInput {
  return { multisig: multisig(2), voters: owners(), ...overrides };
}

function ok(overrides: Partial<SafeSetupInput> = {}) {
  const result = safeSetup(input(overrides));
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.parameters;
}

function messages(overrides: Partial<SafeSetupInput> = {}): string[] {
  const result = safeSetup(input(overrides));
  if (result.ok) throw new Error('expected diagnostics');
  return result.diagnostics.map((d) => `${d.code} ${d.field ?? d.port ?? ''}: ${d.message}`);
}

describe('safeSetup', () => {
  it('gives checksummed owners, the threshold and the setup calldata of Safe v1.4.1', () => {
    const lower = owners(accounts.slice(0, 3).map((a) => a.toLowerCase()));
    const { owners: list, threshold, fallbackHandler, setupCalldata } = ok({ voters: lower });
    expect(list).toEqual(accounts.slice(0, 3));
    expect(threshold).toBe(2n);
    expect(fallbackHandler).toBe('0xfd0732Dc9E303f09fCEf3a7388Ad10A83459Ec99');
    expect(setupCalldata.slice(0, 10)).toBe('0xb63e800d'); // setup(address[],uint256,address,bytes,address,address,uint256,address)
    expect(decodeFunctionData({ abi: safeSetupAbi, data: setupCalldata })).toEqual({
      functionName: 'setup',
      args: [
        accounts.slice(0, 3),
        2n,
        zeroAddress,
        '0x',
        compatibilityFallbackHandler,
        zeroAddress,
        0n,
        zeroAddress,
      ],
    });
  });

  it('installs another fallback handler, or none', () => {
    const none = ok({ fallbackHandler: zeroAddress });
    expect(none.fallbackHandler).toBe(zeroAddress);
    expect(decodeFunctionData({ abi: safeSetupAbi, data: none.setupCalldata }).args[4]).toBe(zeroAddress);
  });

  it('takes thresholds from 1 to the number of owners and refuses 0 and n + 1', () => {
    expect(ok({ multisig: multisig(1) }).threshold).toBe(1n);
    expect(ok({ multisig: multisig(3) }).threshold).toBe(3n);
    expect(messages({ multisig: multisig(0) })).toEqual([
      'target-out-of-range params.threshold: Treasury Safe: a Safe needs between 1 and 3 confirmations, the ' +
        'number of its owners, and this multisig asks for 0.',
    ]);
    expect(messages({ multisig: multisig(4) })).toEqual([
      'target-out-of-range params.threshold: Treasury Safe: a Safe needs between 1 and 3 confirmations, the ' +
        'number of its owners, and this multisig asks for 4.',
    ]);
  });

  it('refuses an owner twice, in any case, and the addresses the Safe reserves', () => {
    const twice = owners([accounts[0], accounts[1], accounts[0].toLowerCase()]);
    expect(messages({ voters: twice })).toEqual([
      `duplicate-member params.signers.2: Core team: ${accounts[0].toLowerCase()} appears twice (items 1 and 3); ` +
        'a Safe refuses an owner twice.',
    ]);
    const reserved = owners([zeroAddress, '0x0000000000000000000000000000000000000001', accounts[0]]);
    expect(messages({ voters: reserved, multisig: multisig(1) })).toEqual([
      `target-out-of-range params.signers.0: Core team: ${zeroAddress} cannot own a Safe: the zero address and ` +
        "0x…0001, which marks the ends of the Safe's list of owners, are refused.",
      'target-out-of-range params.signers.1: Core team: 0x0000000000000000000000000000000000000001 cannot own a ' +
        "Safe: the zero address and 0x…0001, which marks the ends of the Safe's list of owners, are refused.",
    ]);
  });

  it('says that a Safe cannot let anyone propose', () => {
    expect(messages({ multisig: multisig(2, false) })).toEqual([
      'target-unsupported params.onlyListed: Treasury Safe: a Safe has no on-chain proposals: its transactions ' +
        'are proposed off-chain by its owners or the delegates they name, so it cannot let anyone propose. Let ' +
        'only signers propose to use a Safe.',
    ]);
  });

  it('needs a fixed list of owners', () => {
    const holders = node('token-holders', 'holders', { token: { symbol: 'ACME', totalSupply: '1' } }, 'ACME');
    expect(messages({ voters: holders })).toEqual([
      'target-unsupported voters: Treasury Safe: a Safe needs a fixed list of addresses as its owners (Signers ' +
        'or a Members list), not ACME.',
    ]);
  });
});
