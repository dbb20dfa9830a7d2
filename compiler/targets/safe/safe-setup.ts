import { type Address, encodeFunctionData, getAddress, type Hex, zeroAddress } from 'viem';
import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { say } from '../../diagnostics/say.ts';
import { nodeNameWords } from '../../format/node-name-words.ts';
import type { CharterNode, MultisigNode } from '../../generated/charter-document.ts';
import type { TargetResult } from '../target-result.ts';
import { voterPart } from '../voter-part.ts';
import { safeSetupAbi } from './safe-abi.ts';

/**
 * Safe v1.4.1's CompatibilityFallbackHandler, at the same address on every chain Safe deploys to through the Safe
 * Singleton Factory (safe-global/safe-deployments, src/assets/v1.4.1/compatibility_fallback_handler.json). It is the
 * handler Safe{Wallet} and protocol-kit install by default: without it a Safe cannot validate EIP-1271 signatures
 * (signing off-chain messages, such as Snapshot votes) or accept ERC-721 and ERC-1155 safe transfers.
 */
export const compatibilityFallbackHandler: Address = '0xfd0732Dc9E303f09fCEf3a7388Ad10A83459Ec99';

/** Safe's linked list of owners starts and ends at this address, so it cannot be an owner (OwnerManager.sol). */
const sentinelOwners: Address = '0x0000000000000000000000000000000000000001';

/**
 * Gas that creating a Safe v1.4.1 through SafeProxyFactory.createProxyWithNonce costs per owner, measured on the real
 * contracts in the in-process EVM (cancun): 258,895 gas for one owner, 23,747,001 for 1,001 (owners' addresses with no
 * zero byte, the dearest calldata). Most of it is the owner's new storage slot in the linked list (22,100 gas).
 */
export const safeCreationGasPerOwner = 23_488;

/** The block gas limit a Safe's creation must fit: 30 million gas, Ethereum's from 2021 until 2025 and still many chains'. */
export const safeCreationBlockGasLimit = 30_000_000;

/**
 * The most owners a Safe v1.4.1 can be created with in one 30-million-gas block, measured on the real contracts
 * (29,998,792 gas with 1,267 owners, each as many confirmations; 30,022,298 with 1,268); test/onchain proves it.
 */
export const maxSafeOwners = 1_267;

/** What {@link safeSetup} reads/** What {@link safeSetup} reads: nodes of a validated document with its defaults filled in. */
export interface SafeSetupInput {
  multisig: MultisigNode;
  /** The node feeding the multisig's `voters` port: Signers, or a Members list. */
  voters: CharterNode | null;
  /**
   * The fallback handler to install; the zero address installs none.
   * @default compatibilityFallbackHandler, Safe v1.4.1's CompatibilityFallbackHandler
   */
  fallbackHandler?: Address;
}

/** What {@link safeSetup} gives: a Safe's owners and threshold, and its `setup` calldata. */
export interface SafeSetupParameters {
  /** Checksummed (EIP-55), distinct, in the order of the document. */
  owners: Address[];
  /** Confirmations a transaction needs, 1 ≤ threshold ≤ owners. */
  threshold: bigint;
  fallbackHandler: Address;
  /** The `setup(...)` call, ABI-encoded: the initializer to pass to SafeProxyFactory.createProxyWithNonce. */
  setupCalldata: Hex;
}

/**
 * The owners and threshold of a Safe v1.4.1 for a k-of-n multisig, and its `setup` calldata encoded with viem:
 * `setup(owners, threshold, to = 0, data = 0x, fallbackHandler, paymentToken = 0, payment = 0,
 * paymentReceiver = 0)`, so no module is set up on creation and nobody is refunded for deploying it.
 *
 * The bounds are the contract's (safe-global/safe-smart-account, v1.4.1, contracts/base/OwnerManager.sol,
 * setupOwners): 1 ≤ threshold (GS202) ≤ owners (GS201); no owner is the zero address or 0x…0001 (GS203); no owner
 * twice (GS204). A Safe has no on-chain proposals: transactions are proposed off-chain by its owners or the
 * delegates they name, so a multisig open to proposals from anyone cannot be expressed.
 */
export function safeSetup(input: SafeSetupInput): TargetResult<SafeSetupParameters> {
  const { multisig, voters } = input;
  const name = nodeNameWords(multisig);
  const diagnostics: Diagnostic[] = [];
  const listed = voterPart(voters, 'safe');
  const ownerPart = listed?.part === 'owners' ? listed : undefined;
  if (!ownerPart) {
    diagnostics.push(
      createDiagnostic(
        'target-unsupported',
        voters
          ? say('safe.owners-not-list', { node: name, who: nodeNameWords(voters) })
          : say('safe.no-owners', { node: name }),
        { nodeId: multisig.id, port: 'voters' },
      ),
    );
    return { ok: false, diagnostics };
  }
  const { owners: list, field } = ownerPart;
  const seen = new Map<string, number>();
  list.forEach((address, position) => {
    const key = address.toLowerCase();
    const where = { nodeId: voters!.id, field: `${field}.${position}` };
    if (key === zeroAddress || key === sentinelOwners)
      diagnostics.push(
        createDiagnostic(
          'target-out-of-range',
          say('safe.owner-refused', { node: nodeNameWords(voters), address }),
          where,
        ),
      );
    const first = seen.get(key);
    if (first !== undefined)
      diagnostics.push(
        createDiagnostic(
          'duplicate-member',
          say('safe.owner-twice', {
            node: nodeNameWords(voters),
            address,
            first: first + 1,
            second: position + 1,
          }),
          where,
        ),
      );
    else seen.set(key, position);
  });
  if (list.length > maxSafeOwners)
    diagnostics.push(
      createDiagnostic(
        'target-out-of-range',
        say('safe.too-many-owners', {
          node: nodeNameWords(voters),
          count: list.length.toLocaleString('en-US'),
          gas: safeCreationGasPerOwner.toLocaleString('en-US'),
          most: maxSafeOwners.toLocaleString('en-US'),
          limit: (safeCreationBlockGasLimit / 1e6).toFixed(0),
        }),
        { nodeId: voters!.id, field },
      ),
    );
  const { threshold, onlyListed } = multisig.params;
  if (threshold < 1 || threshold > list.length)
    diagnostics.push(
      createDiagnostic(
        'target-out-of-range',
        say('safe.threshold', { node: name, owners: list.length, threshold }),
        { nodeId: multisig.id, field: 'params.threshold' },
      ),
    );
  if (!onlyListed)
    diagnostics.push(
      createDiagnostic('target-unsupported', say('safe.anyone-proposes', { node: name }), {
        nodeId: multisig.id,
        field: 'params.onlyListed',
      }),
    );
  if (diagnostics.length > 0) return { ok: false, diagnostics };

  const owners = list.map((address) => getAddress(address));
  const fallbackHandler = getAddress(input.fallbackHandler ?? compatibilityFallbackHandler);
  const setupCalldata = encodeFunctionData({
    abi: safeSetupAbi,
    functionName: 'setup',
    args: [owners, BigInt(threshold), zeroAddress, '0x', fallbackHandler, zeroAddress, 0n, zeroAddress],
  });
  return { ok: true, parameters: { owners, threshold: BigInt(threshold), fallbackHandler, setupCalldata } };
}
