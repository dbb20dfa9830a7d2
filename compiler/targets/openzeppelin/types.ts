import type { Address } from 'viem';

/**
 * The settings of Charter's reference Governor (OpenZeppelin Contracts 5.7), in the units its constructor takes.
 * Integers are bigints so nothing is rounded on the way to `encodeAbiParameters`.
 */
export interface GovernorParameters {
  /** The Governor's name: its EIP-712 domain, which wallets show when signing a vote; at most 31 UTF-8 bytes. */
  name: string;
  /** The token's clock (ERC-6372), which every duration below is counted in. */
  clockMode: 'blocknumber' | 'timestamp';
  /** Clock units (blocks or seconds) from proposal to the vote's start; fits uint48. */
  votingDelay: bigint;
  /** Clock units (blocks or seconds) the vote lasts; at least 1, fits uint32. */
  votingPeriod: bigint;
  /** Voting power needed to propose, in the token's base units; fits uint256. */
  proposalThreshold: bigint;
  /** Quorum as `quorumNumerator / quorumDenominator` of the token's past total supply; 0 with `fixedQuorum`. */
  quorumNumerator: bigint;
  /** A power of ten, at least 100 (OpenZeppelin's default); 1000 for 4.5 %. */
  quorumDenominator: bigint;
  /** GovernorPreventLateQuorum's extension in clock units; 0 turns it off. At most `votingPeriod`. */
  lateQuorumVoteExtension: bigint;
  /**
   * Which votes CharterCounting counts toward quorum: For and Abstain (GovernorCountingSimple's rule), For alone
   * (Compound's), or every vote. COUNTING_MODE() says which.
   */
  quorumCounts: 'for+abstain' | 'for' | 'all';
  /** A quorum of this many base units instead of a share of supply (CompoundGovernor's fixed quorum); above 0. */
  fixedQuorum?: bigint;
  /**
   * The quorum is a share of the token's past total delegation (L2ArbitrumToken's `getTotalDelegationAt`) instead of
   * its past total supply. The token must provide that function: the Governor's constructor reverts otherwise.
   */
  quorumOf?: 'delegated';
  /** Addresses whose past votes come out of the quorum's base (Arbitrum's EXCLUDE_ADDRESS); the base is 0 at least. */
  quorumExcluded?: Address[];
  /** The quorum is never below this many base units (Arbitrum's minimumQuorum). */
  quorumMinimum?: bigint;
  /** The quorum is never above this many base units (Arbitrum's maximumQuorum). */
  quorumMaximum?: bigint;
  /** The support threshold t = supportNumerator / supportDenominator: a vote succeeds when (1 − t) · For > t · Against. */
  supportNumerator: bigint;
  /** Above `supportNumerator`; a power of ten, at least 100 (50/100 is the simple majority For > Against). */
  supportDenominator: bigint;
  /** Base units For must be more than (Aave's yesThreshold: `forVotes > yesThreshold`); present when the vote has one. */
  forThreshold?: bigint;
  /**
   * Base units by which For must lead Against: For ≥ Against and For − Against > forMargin (Aave's yesNoDifferential);
   * present when the vote has one.
   */
  forMargin?: bigint;
  /**
   * GovernorVotesSuperQuorumFraction's numerator over `quorumDenominator`, at least `quorumNumerator`. Present only
   * when the vote has a super quorum; then the super-quorum Governor is deployed instead.
   */
  superQuorumNumerator?: bigint;
}

/**
 * An account the timelock's constructor grants a role to: an address, or the Governor, whose address is not known
 * until it is deployed (it is deployed after the timelock, which its constructor takes). The deployer resolves
 * `'governor'` to the Governor's predicted address, such as viem's `getContractAddress({ from, nonce })` for the
 * deployer's next nonce but one, when encoding (see encodeConstructorArgs).
 */
export type TimelockAccount = Address | 'governor';

/** The arguments of OpenZeppelin's TimelockController constructor, plus the roles granted after it. */
export interface TimelockParameters {
  kind?: undefined;
  /** Seconds between queueing and execution: TimelockController counts time in block.timestamp on every chain. */
  minDelay: bigint;
  /** Granted PROPOSER_ROLE and CANCELLER_ROLE by the constructor: the Governor alone. */
  proposers: TimelockAccount[];
  /** Granted EXECUTOR_ROLE: the zero address for anyone, or the Governor alone. */
  executors: TimelockAccount[];
  /** Granted DEFAULT_ADMIN_ROLE besides the timelock itself; the zero address for none. */
  admin: Address;
  /**
   * Accounts to grant CANCELLER_ROLE to besides the Governor (which the constructor makes a canceller as a
   * proposer). The constructor has no argument for them: an admin grants them after deployment with
   * `grantRole(CANCELLER_ROLE, account)`. When `admin` is the zero address, deploy with `{ ...parameters, admin:
   * deployer }` instead, grant, then `renounceRole(DEFAULT_ADMIN_ROLE, deployer)`, as TimelockController's own
   * documentation advises for initial role set-up.
   */
  cancellers: Address[];
  /**
   * Seconds after its eta that a queued proposal may still execute, then Expired: CharterGovernor's `_gracePeriod`,
   * which TimelockController has no setting for (`executors` is then the Governor alone). Present when the timelock
   * node has a grace period that Compound's Timelock cannot take.
   */
  gracePeriod?: bigint;
  /**
   * When the cancellers' power ends, in Unix seconds: CANCELLER_ROLE then goes to a CharterExpiringCanceller(timelock,
   * cancellers, cancellersUntil) created after the timelock, which lets them cancel while block.timestamp is below it,
   * instead of to each of them. Absent when their power does not end.
   */
  cancellersUntil?: bigint;
}

/**
 * Compound's Timelock (as @uniswap/governance 1.0.2 ships it), which CharterCompoundGovernor queues into: a queued
 * proposal may execute from its eta until eta + GRACE_PERIOD, and is Expired after. Its constructor is
 * `constructor(address admin_, uint delay_)`; the admin is the Governor, whose address is predicted.
 */
export interface CompoundTimelockParameters {
  kind: 'compound';
  /** Seconds between queueing and execution: between the Timelock's MINIMUM_DELAY (2 days) and MAXIMUM_DELAY (30 days). */
  delay: bigint;
  /** Seconds a ready proposal stays executable: the Timelock's constant GRACE_PERIOD, 14 days. */
  gracePeriod: bigint;
  /** The Timelock's admin, which queues, executes and cancels: the Governor. */
  admin: 'governor';
  /**
   * Accounts that may cancel a queued proposal. Compound's Timelock has no role for them, so CharterCompoundGovernor
   * holds them (its constructor's `_cancellers`) and cancels in the Timelock as its admin.
   */
  cancellers: Address[];
}
