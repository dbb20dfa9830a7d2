import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Abi, Hex } from 'viem';
import { canonicalSafe } from '../../targets/safe/canonical-safe.ts';

/** A Safe v1.4.1 contract as `@safe-global/safe-contracts@1.4.1` ships it, and its canonical deployment. */
export interface SafeContract {
  contractName: 'Safe' | 'SafeL2' | 'SafeProxyFactory' | 'CompatibilityFallbackHandler';
  abi: Abi;
  /** Creation code. */
  bytecode: Hex;
  /** Where Safe deploys it on every chain it supports (through the Safe Singleton Factory). */
  canonicalAddress: Hex;
  /** keccak256 of the runtime code at {@link canonicalAddress}. */
  canonicalCodeHash: Hex;
}

const canonical = canonicalSafe;

/** Reads one Safe v1.4.1 contract's Hardhat artifact from the installed npm package (Node only). */
export function safeContract(contractName: SafeContract['contractName']): SafeContract {
  const { path, address, codeHash } = canonical[contractName];
  const require = createRequire(import.meta.url);
  const file = require.resolve(`@safe-global/safe-contracts/build/artifacts/contracts/${path}`);
  const artifact = JSON.parse(readFileSync(file, 'utf8')) as { abi: Abi; bytecode: Hex };
  return {
    contractName,
    abi: artifact.abi,
    bytecode: artifact.bytecode,
    canonicalAddress: address,
    canonicalCodeHash: codeHash,
  };
}
