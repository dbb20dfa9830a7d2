import { convictionGardens as cv } from '../../simulate/mechanisms/conviction-gardens.ts';

/** A Gardens pool's CVParams as the gardens target emits them (decimal text). */
export interface PoolParameters {
  cvParams: { decay: string; maxRatio: string; weight: string; minThresholdPoints: string };
  /** CVStrategy's ProposalType: 0 Signaling, 1 Funding. */
  proposalType: 0 | 1;
}

/** One sample proposal: what is staked on it at block 0 (by members who activate exactly that), and what it asks. */
export interface PoolReplayInput {
  stake: bigint;
  requested: bigint;
  /** getPoolAmount(): the pool's funds (0 for a signaling pool). */
  poolAmount: bigint;
}

/** What {@link replayPool} finds: the threshold distribute checks, and the first block it goes through (or null). */
export interface PoolReplayReturnType {
  threshold: string;
  block: number | null;
  why: string;
}

/** The most blocks tried one by one before the first block distribute goes through. */
const longestScan = 65_536;

/** Where polling stops: a request not through after 2^40 blocks (about 400,000 years of 12 s blocks) never is. */
const horizon = 2 ** 40;

/**
 * Replays one proposal on a port of a CVStrategy pool's state (1Hive/gardens-v2 at 15ad3748, CVStrategy.sol and
 * facets/CVAllocationFacet.sol): at block 0 the proposal exists with conviction 0 and its supporters activate
 * their points and stake them on it (`_checkBlockAndCalculateConviction` leaves conviction alone within the block it
 * was last updated), so totalPointsActivated is the stake. A keeper then calls `distribute` at blocks 1, 2, 4, 8...
 * and, once one goes through, at every block back to the last revert (at most 65,536 of them, found by halving past
 * that), block by block, each call on the state as the contract leaves it (a reverted call changes nothing):
 * conviction brought up to date with calculateConviction(block − blockLast, convictionLast, staked), then
 * distribute's checks in its order (pool empty, over the pool, over maxRatio, no points, conviction ≤ threshold). A signaling pool cannot distribute; there the block is the first
 * where `calculateProposalConviction` exceeds calculateThreshold(0).
 */
export function replayPool(pool: PoolParameters, input: PoolReplayInput): PoolReplayReturnType {
  const decay = BigInt(pool.cvParams.decay);
  const funding = pool.proposalType === 1;
  const requested = funding ? input.requested : 0n;
  const proposal = { blockLast: 0, convictionLast: 0n, stakedAmount: input.stake };
  const totalPointsActivated = input.stake;
  const threshold = cv.calculateThreshold({
    requestedAmount: requested,
    poolAmount: input.poolAmount,
    totalPointsActivated,
    decay,
    weight: BigInt(pool.cvParams.weight),
    maxRatio: BigInt(pool.cvParams.maxRatio),
    minThresholdPoints: BigInt(pool.cvParams.minThresholdPoints),
  });
  const shown = threshold === undefined || threshold === cv.maxUint256 ? 'never' : String(threshold);
  const refusal = (): string | undefined => {
    if (!funding) return undefined;
    if (input.poolAmount === 0n && requested > 0n) return 'PoolIsEmpty';
    if (requested > input.poolAmount) return 'PoolAmountNotEnough';
    if (requested > 0n && threshold === cv.maxUint256) return 'AmountOverMaxRatio';
    if (requested > 0n && totalPointsActivated === 0n) return 'NoActiveGovernancePoints';
    if (threshold === undefined) return 'reverts in calculateThreshold';
    return undefined;
  };
  const refused = refusal();
  if (refused !== undefined) {
    const unpayable = refused === 'PoolIsEmpty' || refused === 'PoolAmountNotEnough';
    return { threshold: unpayable ? 'never' : shown, block: null, why: `distribute reverts: ${refused}` };
  }
  if (funding && requested === 0n) return { threshold: '0', block: 0, why: 'distribute goes through' };
  if (funding && input.stake === 0n) return { threshold: shown, block: null, why: 'nobody stakes' };

  /** distribute (or, on a signaling pool, the conviction view) at `block`, on the state as it stands. */
  const through = (block: number): boolean => {
    const conviction =
      block === proposal.blockLast
        ? proposal.convictionLast
        : cv.calculateConviction(
            BigInt(block - proposal.blockLast),
            proposal.convictionLast,
            proposal.stakedAmount,
            decay,
          );
    // A revert inside calculateConviction reverts the call; nothing is stored.
    return conviction !== undefined && conviction > threshold!;
  };
  let last = 0;
  let block = 1;
  while (!through(block)) {
    if (block >= horizon)
      return { threshold: shown, block: null, why: 'conviction never exceeds the threshold' };
    last = block;
    block *= 2;
  }
  const why = funding ? 'distribute goes through' : 'conviction exceeds the threshold';
  // Between the last revert and the first call that went through, every block is tried in turn; past a long gap the
  // first is found by halving and the window before it tried block by block.
  let from = last + 1;
  if (block - from > longestScan) {
    let low = last;
    let high = block;
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (through(middle)) high = middle;
      else low = middle;
    }
    from = high - longestScan;
    block = high;
  }
  for (let earlier = from; earlier < block; earlier++)
    if (through(earlier)) return { threshold: shown, block: earlier, why };
  return { threshold: shown, block, why };
}
