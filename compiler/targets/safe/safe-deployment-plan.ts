import { type Address, encodeFunctionData, getAddress, type Hex, parseAbi } from 'viem';
import type { CharterConfig } from '../../generated/charter-config.ts';
import { canonicalSafe, safeSingletonName } from './canonical-safe.ts';
import { readSafeEntries, type SafeEntry } from './read-safe-entries.ts';

const factoryAbi = parseAbi([
  'function createProxyWithNonce(address _singleton, bytes initializer, uint256 saltNonce) returns (address proxy)',
  'event ProxyCreation(address indexed proxy, address singleton)',
]);

/** The one transaction that creates a multisig's Safe, and what it relies on being on the chain already. */
export interface SafeDeploymentPlan {
  decision: string;
  chainId: number;
  /** The canonical SafeProxyFactory v1.4.1, which the transaction calls. */
  factory: Address;
  /** The canonical singleton the proxy delegates to (Safe on Ethereum, SafeL2 elsewhere). */
  singleton: Address;
  singletonName: 'Safe' | 'SafeL2';
  /** `createProxyWithNonce(singleton, setup, saltNonce)`: the proxy's address follows from all three (CREATE2). */
  data: Hex;
  saltNonce: bigint;
  entry: SafeEntry;
}

/** The ProxyCreation event's ABI, to find the new Safe's address in the creation's receipt. */
export const proxyCreationEvent = factoryAbi[1];

/**
 * How to create the Safe of one multisig of a compiled config's `safe` target from a wallet: one call to the
 * canonical SafeProxyFactory with the target's own `setup` calldata. `saltNonce` picks the address among Safes with
 * the same setup (a deployment time is a good one). Undefined when the config has no Safe for `decision`.
 */
export function safeDeploymentPlan(
  config: CharterConfig,
  parameters: { decision?: string; saltNonce: bigint },
): SafeDeploymentPlan | undefined {
  const entry = readSafeEntries(config).find(
    (candidate) => parameters.decision === undefined || candidate.decision === parameters.decision,
  );
  if (!entry) return undefined;
  const singletonName = safeSingletonName(config.chain.chainId);
  const singleton = getAddress(canonicalSafe[singletonName].address);
  return {
    decision: entry.decision,
    chainId: config.chain.chainId,
    factory: getAddress(canonicalSafe.SafeProxyFactory.address),
    singleton,
    singletonName,
    data: encodeFunctionData({
      abi: factoryAbi,
      functionName: 'createProxyWithNonce',
      args: [singleton, entry.setupCalldata, parameters.saltNonce],
    }),
    saltNonce: parameters.saltNonce,
    entry,
  };
}
