import { decodeAbiParameters, zeroAddress } from 'viem';
import { describe, expect, it } from 'vitest';
import {
  type AragonMultisigInput,
  aragonMultisig,
} from '../../../compiler/targets/aragon/aragon-multisig.ts';
import { multisigInstallParameters } from '../../../compiler/targets/aragon/multisig-setup-abi.ts';
import { accounts, node } from './nodes.ts';

const council = (signers: readonly string[] = accounts.slice(0, 3)) =>
  node('signers', 'council', { signers: [...signers] }, 'Security Council');
const multisig = (params: object = {}) => node('multisig', 'msig', params, 'Council multisig');

function input(overrides: Partial<AragonMultisigInput> = {}): AragonMultisigInput {
  return { multisig: multisig({ threshold: 2 }), voters: council(), ...overrides };
}

function messages(overrides: Partial<AragonMultisigInput> = {}): string[] {
  const result = aragonMultisig(input(overrides));
  if (result.ok) throw new Error('expected diagnostics');
  return result.diagnostics.map((d) => `${d.code} ${d.field ?? d.port ?? ''}: ${d.message}`);
}

describe('aragonMultisig', () => {
  it('gives 2 of 3 as MultisigSettings and checksummed members, encoded as MultisigSetup v1.3 decodes them', () => {
    const lower = council(accounts.slice(0, 3).map((a) => a.toLowerCase()));
    const result = aragonMultisig(input({ voters: lower }));
    if (!result.ok) throw new Error(result.diagnostics[0]!.message);
    const { settings, members, installData } = result.parameters;
    expect(settings).toEqual({ onlyListed: true, minApprovals: 2 });
    expect(members).toEqual(accounts.slice(0, 3));
    expect(decodeAbiParameters(multisigInstallParameters, installData)).toEqual([
      accounts.slice(0, 3),
      { onlyListed: true, minApprovals: 2 },
      { target: zeroAddress, operation: 0 },
      '0x',
    ]);
    // MultisigSetup.sol at v1.3.2, the head of aragon/multisig-plugin: "v1.3 (Release 1, Build 3)".
    expect(result.parameters.build).toEqual({
      repo: 'aragon/multisig-plugin',
      release: 1,
      build: 3,
      tag: 'v1.3.2',
      commit: 'b0f62d2b92916f1be6a7aec95ae3452e3aecaaeb',
    });
  });

  it('takes every member approving (n of n) and a Members list', () => {
    const all = aragonMultisig(input({ multisig: multisig({ threshold: 3, onlyListed: false }) }));
    expect(all.ok && all.parameters.settings).toEqual({ onlyListed: false, minApprovals: 3 });
    const list = node('members', 'coop', { source: 'list', members: accounts.slice(0, 2) }, 'Co-op');
    const byList = aragonMultisig(input({ voters: list, multisig: multisig({ threshold: 1 }) }));
    expect(byList.ok && byList.parameters.members).toEqual(accounts.slice(0, 2));
  });

  it('refuses more approvals than members, and none', () => {
    expect(messages({ multisig: multisig({ threshold: 4 }) })).toEqual([
      "target-out-of-range params.threshold: Council multisig: Aragon's Multisig needs between 1 and 3 approvals, " +
        'the number of its members, and this multisig asks for 4.',
    ]);
    const none = multisig();
    none.params.threshold = 0;
    expect(messages({ multisig: none })).toEqual([
      "target-out-of-range params.threshold: Council multisig: Aragon's Multisig needs between 1 and 3 approvals, " +
        'the number of its members, and this multisig asks for 0.',
    ]);
  });

  it('needs a fixed list of addresses', () => {
    const humans = node(
      'members',
      'humans',
      { source: 'proof-of-personhood', personhood: { provider: 'world-id' } },
      'Verified humans',
    );
    expect(messages({ voters: humans })).toEqual([
      "target-unsupported voters: Council multisig: Aragon's Multisig needs a fixed list of addresses as its " +
        'members (Signers or a Members list), not Verified humans.',
    ]);
  });

  it('holds at most 65,535 members (uint16)', () => {
    const many = Array.from({ length: 65_536 }, (_, i) => `0x${(i + 2).toString(16).padStart(40, '0')}`);
    expect(messages({ voters: council(many) })).toEqual([
      "target-out-of-range voters: Council multisig: Aragon's Multisig holds at most 65,535 members, and Security " +
        'Council lists 65536.',
    ]);
  });
});
