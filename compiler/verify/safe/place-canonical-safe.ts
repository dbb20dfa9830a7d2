import { keccak256 } from 'viem';
import { CharterError } from '../../errors/charter-error.ts';
import { canonicalSafe, safeSingletonName } from '../../targets/safe/canonical-safe.ts';
import type { Chain } from '../open-chain.ts';
import { type SafeContract, safeContract } from './safe-contracts.ts';

/**
 * Puts Safe v1.4.1's singleton for `chainId`, SafeProxyFactory and CompatibilityFallbackHandler at their canonical
 * addresses on a test chain, as Safe's deployments hold them on every chain it supports: each is created from npm
 * `@safe-global/safe-contracts@1.4.1`, then its runtime code (which has no immutables) is moved there. Checks that the
 * code hashes to the canonical deployment's; a contract already there is left as it is.
 */
export async function placeCanonicalSafe(chain: Chain, chainId: number): Promise<void> {
  const names: SafeContract['contractName'][] = [
    safeSingletonName(chainId),
    'SafeProxyFactory',
    'CompatibilityFallbackHandler',
  ];
  for (const name of names) {
    const { address, codeHash } = canonicalSafe[name];
    if ((await chain.code(address)) !== '0x') continue;
    const contract = safeContract(name);
    const hash = await chain.send({ from: chain.deployer, data: contract.bytecode, gas: 30_000_000n });
    await chain.mine();
    const receipt = await chain.receipt(hash);
    if (receipt.status !== 'success' || receipt.contractAddress === null)
      throw new CharterError(`Deploying Safe v1.4.1's ${name} reverted in the in-process EVM.`);
    const code = await chain.code(receipt.contractAddress);
    if (keccak256(code) !== codeHash)
      throw new CharterError(
        `The installed ${name} is not Safe's: its code hashes to ${keccak256(code)}, not to the canonical v1.4.1 deployment's ${codeHash}.`,
      );
    await chain.setCode(address, code);
  }
}
