import type { Address } from 'viem';
import type { BlockTimeFact } from './governor-facts.ts';

/** What a Safe says about itself through its getters and storage, with nothing inferred: the input of safeDocument. */
export interface SafeFacts {
  chainId: number;
  address: Address;
  /** VERSION(), e.g. "1.4.1". */
  version: string;
  owners: Address[];
  threshold: bigint;
  /** Enabled modules: each may execute any transaction from the Safe without the owners' signatures. */
  modules: Address[];
  /** The transaction guard, which checks (and may block) every transaction; undefined when none is set. */
  guard?: Address;
  blockTime: BlockTimeFact;
}
