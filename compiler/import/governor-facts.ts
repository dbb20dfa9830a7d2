import type { Address } from 'viem';

/** How the Governor's quorum is set: a fraction of the token's past supply, or a fixed amount of base units. */
export type QuorumFact =
  | { kind: 'fraction'; numerator: bigint; denominator: bigint }
  | { kind: 'fixed'; baseUnits: bigint };

/** A TimelockController as its storage and role events say. */
export interface TimelockFacts {
  address: Address;
  /** getMinDelay(), in seconds. */
  minDelay: bigint;
  /** Holders of each role, from RoleGranted and RoleRevoked in order. */
  proposers: Address[];
  executors: Address[];
  cancellers: Address[];
  admins: Address[];
}

/** The token a Governor counts: its ERC-20 metadata and the clock of its checkpoints (ERC-6372). */
export interface TokenFacts {
  address: Address;
  name: string;
  symbol: string;
  decimals: number;
  totalSupply: bigint;
}

/** The seconds per block used to turn block counts into time, and where that figure came from. */
export interface BlockTimeFact {
  seconds: number;
  /** `known`: the chain's fixed block time; `measured`: the mean spacing of recent blocks; `given` by the user. */
  source: 'known' | 'measured' | 'given';
  /** For `measured`: the blocks it was measured over. */
  blocks?: { from: bigint; to: bigint };
}

/**
 * What an OpenZeppelin Governor (or one built from its modules, such as Compound's) says about itself through its
 * getters, with nothing inferred: the input of {@link governorDocument}.
 */
export interface GovernorFacts {
  chainId: number;
  address: Address;
  name: string;
  /** COUNTING_MODE(), e.g. `support=bravo&quorum=for,abstain`. */
  countingMode: string;
  clockMode: 'blocknumber' | 'timestamp';
  /** In clock units (blocks or seconds), as the getters return them. */
  votingDelay: bigint;
  votingPeriod: bigint;
  /** Base units of voting power needed to propose. */
  proposalThreshold: bigint;
  quorum: QuorumFact;
  /** GovernorVotesSuperQuorumFraction's numerator over the quorum denominator, when the Governor has one. */
  superQuorumNumerator?: bigint;
  /** GovernorPreventLateQuorum's extension in clock units, when the Governor has the module. */
  lateQuorumVoteExtension?: bigint;
  token: TokenFacts;
  /** The TimelockController that executes, when the Governor has GovernorTimelockControl. */
  timelock?: TimelockFacts;
  blockTime: BlockTimeFact;
}
