/** A chain's clock: how a governor counts time (ERC-6372). */
export interface Clock {
  /** Seconds per block. */
  blockTime: number;
  clockMode: 'blocknumber' | 'timestamp';
}

/**
 * A duration in seconds in a governor's clock units: seconds for a timestamp clock, else round(seconds / block time)
 * blocks, as OpenZeppelin's Contracts Wizard converts (packages/core/solidity/src/governor.ts, durationToBlocks).
 * 86400 s at 12 s blocks is 7200 blocks. Returns a bigint so that callers check bounds (uint32, uint48) without
 * losing precision.
 */
export function secondsToClock(seconds: number, clock: Clock): bigint {
  if (clock.clockMode === 'timestamp') return BigInt(seconds);
  return BigInt(Math.round(seconds / clock.blockTime));
}
