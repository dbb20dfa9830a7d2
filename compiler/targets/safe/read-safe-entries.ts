import type { Address, Hex } from 'viem';
import type { CharterConfig } from '../../generated/charter-config.ts';

/** One Safe of a compiled config's `safe` target, with its threshold back as a bigint. */
export interface SafeEntry {
  /** The multisig the Safe's owners and threshold enforce. */
  decision: string;
  /** The execute node the path ends in. */
  execute: string;
  /** The stage the path runs in; null when it is not behind a stage. */
  stage: string | null;
  owners: Address[];
  threshold: bigint;
  fallbackHandler: Address;
  /** `setup(...)`, to pass to SafeProxyFactory.createProxyWithNonce. */
  setupCalldata: Hex;
}

/** The Safes a compiled config's `safe` target describes, in its order; empty when it has none. */
export function readSafeEntries(config: CharterConfig): SafeEntry[] {
  const entries = (config.targets.safe?.parameters.safes ?? []) as {
    decision: string;
    execute: string;
    stage?: string | null;
    owners: Address[];
    threshold: string;
    fallbackHandler: Address;
    setupCalldata: Hex;
  }[];
  return entries.map((entry) => ({
    decision: entry.decision,
    execute: entry.execute,
    stage: entry.stage ?? null,
    owners: entry.owners,
    threshold: BigInt(entry.threshold),
    fallbackHandler: entry.fallbackHandler,
    setupCalldata: entry.setupCalldata,
  }));
}
