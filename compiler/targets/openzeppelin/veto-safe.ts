import { type Address, encodeFunctionData, getAddress, type Hex, zeroAddress } from 'viem';
import { canonicalSafe, safeSingletonName } from '../safe/canonical-safe.ts';
import { predictSafeAddress } from '../safe/predict-safe-address.ts';
import { safeSetupAbi } from '../safe/safe-abi.ts';
import { compatibilityFallbackHandler } from '../safe/safe-setup.ts';

/**
 * The salt nonce the compiled config predicts the veto's Safe with. A deployment may pick another (a wallet picks
 * the time, so that deploying the same rules twice on one chain does not collide); the address then follows from it.
 */
export const vetoSafeSaltNonce = 0n;

/** The Safe a veto of k of n (k > 1) cancels with: the timelock's one extra canceller. */
export interface VetoSafe {
  /** The vetoing body's addresses, checksummed, document order, each once. */
  owners: Address[];
  /** The vetoes that block: signatures a cancel needs, 2 ≤ threshold ≤ owners. */
  threshold: bigint;
  /** Safe v1.4.1's CompatibilityFallbackHandler, as the Safe target and Safe{Wallet} install. */
  fallbackHandler: Address;
  /** `setup(owners, threshold, 0, 0x, fallbackHandler, 0, 0, 0)`: the initializer for createProxyWithNonce. */
  setupCalldata: Hex;
  /** The canonical SafeProxyFactory v1.4.1. */
  factory: Address;
  /** The canonical singleton for the chain: Safe on Ethereum, SafeL2 elsewhere. */
  singleton: Address;
  saltNonce: bigint;
  /** Where `createProxyWithNonce(singleton, setupCalldata, saltNonce)` on `factory` creates it (CREATE2). */
  address: Address;
}

/**
 * The Safe v1.4.1 that holds a veto needing `threshold` of `owners` on an OpenZeppelin Governor: the owners are the
 * vetoing body, its threshold the vetoes that block, created through the canonical SafeProxyFactory with the Safe
 * target's setup (no module, the compatibility fallback handler, no refund), at an address predicted with viem. The
 * TimelockController makes this one address its canceller, so a cancel needs `threshold` owners' signatures.
 */
export function vetoSafe(parameters: {
  owners: readonly Address[];
  threshold: bigint;
  chainId: number;
  saltNonce?: bigint;
}): VetoSafe {
  const owners = parameters.owners.map((owner) => getAddress(owner));
  const fallbackHandler = getAddress(compatibilityFallbackHandler);
  const setupCalldata = encodeFunctionData({
    abi: safeSetupAbi,
    functionName: 'setup',
    args: [owners, parameters.threshold, zeroAddress, '0x', fallbackHandler, zeroAddress, 0n, zeroAddress],
  });
  const factory = getAddress(canonicalSafe.SafeProxyFactory.address);
  const singleton = getAddress(canonicalSafe[safeSingletonName(parameters.chainId)].address);
  const saltNonce = parameters.saltNonce ?? vetoSafeSaltNonce;
  return {
    owners,
    threshold: parameters.threshold,
    fallbackHandler,
    setupCalldata,
    factory,
    singleton,
    saltNonce,
    address: predictSafeAddress({ factory, singleton, initializer: setupCalldata, saltNonce }),
  };
}
