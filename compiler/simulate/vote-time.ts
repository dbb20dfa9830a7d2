import type { Clock } from '../units/seconds-to-clock.ts';

/**
 * When a drawn vote is cast, in seconds from the proposal: at its moment of the voting window, which opens after
 * `start` (the voting delay) and lasts `period` seconds. The result is in `start + 1` to `start + period`, the
 * timepoints at which OpenZeppelin's Governor accepts a vote (Active: after the snapshot, up to the deadline).
 *
 * On a block-number `clock` a vote can only be cast in a block, so it is cast in the first block at or after that
 * second: the next whole multiple of the block time from the proposal (whose block is second 0). With a delay and a
 * period of whole blocks it stays inside the window. Without this, a vote drawn between two blocks would reach a
 * super quorum or a late quorum earlier than any Governor could count it (`charter verify` found this).
 *
 * @example voteTime(0.5, 100, 60) // 131
 * @example voteTime(0.5, 120, 60, { clockMode: 'blocknumber', blockTime: 12 }) // 156
 */
export function voteTime(moment: number, start: number, period: number, clock?: Clock): number {
  const second = start + 1 + Math.min(period - 1, Math.floor(moment * period));
  if (clock?.clockMode !== 'blocknumber') return second;
  return Math.ceil(second / clock.blockTime) * clock.blockTime;
}
