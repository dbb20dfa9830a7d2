/**
 * When a drawn vote is cast, in seconds from the proposal: at its moment of the voting window, which opens after
 * `start` (the voting delay) and lasts `period` seconds. The result is in `start + 1` to `start + period`, the
 * timepoints at which OpenZeppelin's Governor accepts a vote (Active: after the snapshot, up to the deadline).
 *
 * @example voteTime(0.5, 100, 60) // 131
 */
export function voteTime(moment: number, start: number, period: number): number {
  return start + 1 + Math.min(period - 1, Math.floor(moment * period));
}
