import type { Address } from 'viem';

/** How the Governor's quorum is set: a fraction of the token's past supply, or a fixed amount of base units. */
export type QuorumFact =
  | { kind: 'fraction'; numerator: bigint; denominator: bigint }
  | { kind: 'fixed'; baseUnits: bigint };

/** A TimelockController as its storage and role events say. */
export interface TimelockFacts {
  kind: 'timelock-controller';
  address: Address;
  /** getMinDelay(), in seconds. */
  minDelay: bigint;
  /** Holders of each role, from RoleGranted and RoleRevoked in order. */
  proposers: Address[];
  executors: Address[];
  cancellers: Address[];
  admins: Address[];
  /**
   * The cancellers that are a CharterExpiringCanceller for this timelock: each one's accounts and the Unix second
   * from which they can no longer cancel.
   */
  expiringCancellers?: { address: Address; expiration: bigint; cancellers: Address[] }[];
}

/**
 * Compound's Timelock (used by Governor Bravo): one admin (the Governor) queues, executes and cancels; a queued
 * transaction may run from its eta until eta + GRACE_PERIOD, and is stale after.
 */
export interface CompoundTimelockFacts {
  kind: 'compound-timelock';
  address: Address;
  /** delay(), in seconds. */
  delay: bigint;
  /** GRACE_PERIOD(), in seconds. */
  gracePeriod: bigint;
  admin: Address;
}

/** The token a Governor counts: its ERC-20 metadata and the clock of its checkpoints (ERC-6372). */
export interface TokenFacts {
  address: Address;
  name: string;
  symbol: string;
  decimals: number;
  totalSupply: bigint;
  /**
   * How its delegated votes are read: `erc20-votes` when it answers getPastVotes (ERC20Votes, IVotes);
   * `comp-votes` when only getPriorVotes answers (a Compound-style token: COMP, UNI). @default 'erc20-votes'
   */
  votes?: 'erc20-votes' | 'comp-votes';
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
  /**
   * OpenZeppelin's Governor (or one built from its modules), Compound's Governor Bravo (Uniswap's and Compound's
   * until 2025), or its predecessor GovernorAlpha (For or Against only, no admin).
   */
  family: 'openzeppelin' | 'bravo' | 'alpha';
  /** GovernorAlpha's guardian() (Compound's), who may cancel any proposal before it executes. */
  guardian?: Address;
  chainId: number;
  address: Address;
  name: string;
  /** COUNTING_MODE(), e.g. `support=bravo&quorum=for,abstain`; Bravo's rule written the same way: `quorum=for`. */
  countingMode: string;
  clockMode: 'blocknumber' | 'timestamp';
  /** In clock units (blocks or seconds), as the getters return them. */
  votingDelay: bigint;
  votingPeriod: bigint;
  /**
   * proposalThreshold(), in base units. OpenZeppelin lets a proposer with at least this much propose; Bravo and Alpha
   * only one with more than this much.
   */
  proposalThreshold: bigint;
  quorum: QuorumFact;
  /** GovernorVotesSuperQuorumFraction's numerator over the quorum denominator, when the Governor has one. */
  superQuorumNumerator?: bigint;
  /** quorumDenominator(), read for the super quorum when the quorum itself is fixed (Charter's CharterCounting). */
  superQuorumDenominator?: bigint;
  /**
   * The support threshold as a fraction, when the Governor says it (Charter's CharterCounting: `supportThreshold()`);
   * absent, For must exceed Against (GovernorCountingSimple, Bravo, Alpha).
   */
  supportThreshold?: { numerator: bigint; denominator: bigint };
  /**
   * Accounts the Governor lets cancel a queued proposal, when it lists them (CharterCompoundGovernor's `cancellers()`,
   * which holds them because Compound's Timelock has no canceller role).
   */
  governorCancellers?: Address[];
  /** Base units For must exceed, when the Governor says so (CharterCounting's `forRule()`: Aave's yesThreshold). */
  forThreshold?: bigint;
  /** Base units by which For must lead Against, when the Governor says so (`forRule()`: Aave's yesNoDifferential). */
  forMargin?: bigint;
  /**
   * Seconds after its eta that a queued proposal may still execute, when the Governor holds a grace period over a
   * TimelockController (CharterGovernor's `gracePeriod()`, which then alone executes on the timelock).
   */
  governorGracePeriod?: bigint;
  /**
   * The quorum's base and bounds, when the Governor says them (Charter's CharterCounting: `quorumRules()`, after
   * L2ArbitrumGovernor): a share of the total delegation instead of the supply, addresses whose votes come out of
   * it, and the minimum and maximum in base units (a maximum of 2^256 − 1 is none).
   */
  quorumRules?: { delegated: boolean; excluded: Address[]; minimum: bigint; maximum: bigint };
  /** GovernorPreventLateQuorum's extension in clock units, when the Governor has the module. */
  lateQuorumVoteExtension?: bigint;
  token: TokenFacts;
  /** The timelock that executes: a TimelockController (GovernorTimelockControl) or Bravo's Compound Timelock. */
  timelock?: TimelockFacts | CompoundTimelockFacts;
  blockTime: BlockTimeFact;
}
