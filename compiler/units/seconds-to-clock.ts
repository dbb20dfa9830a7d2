import { CharterError } from '../errors/charter-error.ts';

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
  const units = clock.clockMode === 'timestamp' ? seconds : Math.round(seconds / clock.blockTime);
  // The schema keeps block times at 0.01 s or more and durations whole; this guards any caller that skips it.
  if (!Number.isSafeInteger(units) || units < 0)
    throw new CharterError(
      `${seconds} seconds is no whole number of clock units at a block time of ${clock.blockTime} s`,
      {
        details: [
          'Block times must be at least 0.01 seconds, and durations whole seconds from 0 to 10 years.',
        ],
      },
    );
  return BigInt(units);
}
