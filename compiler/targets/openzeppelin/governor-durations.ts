import { maxUint32, maxUint48 } from 'viem';
import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { formatAmount } from '../../format/format-amount.ts';
import { formatDuration } from '../../format/format-duration.ts';
import { nodeName } from '../../format/node-name.ts';
import type { MajorityVoteNode } from '../../generated/charter-document.ts';
import { type Clock, secondsToClock } from '../../units/seconds-to-clock.ts';
import { describeClockUnits } from './describe-clock-units.ts';

/** What {@link governorDurations} gives: the three durations in clock units, and why any of them cannot be used. */
export interface GovernorDurations {
  /** Clock units; fits uint48 unless a diagnostic says otherwise. */
  votingDelay: bigint;
  /** Clock units; in [1, 2^32 − 1] unless a diagnostic says otherwise. */
  votingPeriod: bigint;
  /** Clock units; 0 (off) or in [1, votingPeriod] unless a diagnostic says otherwise. */
  lateQuorumVoteExtension: bigint;
  diagnostics: Diagnostic[];
}

/**
 * A majority vote's voting delay, voting period and late-quorum extension (seconds) in the Governor's clock units:
 * round(seconds / block time) blocks on a block-number clock, as OpenZeppelin's Contracts Wizard converts
 * (packages/core/solidity/src/utils/duration.ts, durationToBlocks), or seconds on a timestamp clock. A value beyond
 * what the Governor stores is a `target-out-of-range` diagnostic, never wrapped:
 * - votingDelay is a uint48 and votingPeriod a uint32 (contracts/governance/extensions/GovernorSettings.sol,
 *   `constructor(uint48 initialVotingDelay, uint32 initialVotingPeriod, uint256 initialProposalThreshold)`), and
 *   `_setVotingPeriod` reverts with GovernorInvalidVotingPeriod(0) on a period of 0;
 * - the extension is GovernorPreventLateQuorum's `constructor(uint48 initialVoteExtension)`, which since 5.7
 *   reverts with GovernorPreventLateQuorumVoteExtensionTooLarge above `_maxLateQuorumVoteExtension()`, the voting
 *   period (contracts/governance/extensions/GovernorPreventLateQuorum.sol). Bounded by a uint32 period, it always
 *   fits its uint48. An extension of a few seconds that rounds to 0 blocks would turn the feature off, so that is
 *   reported too.
 */
export function governorDurations(vote: MajorityVoteNode, clock: Clock): GovernorDurations {
  const name = nodeName(vote);
  const at = (field: string) => ({ nodeId: vote.id, field: `params.${field}` });
  const { votingDelay: delaySeconds, votingPeriod: periodSeconds, lateQuorumExtension } = vote.params;
  const diagnostics: Diagnostic[] = [];
  // The shortest whole-second duration worth at least one block (or one second).
  const oneUnit = clock.clockMode === 'timestamp' ? 1 : Math.ceil(clock.blockTime);

  /** The longest duration in seconds whose clock units fit `max`. */
  const longest = (max: bigint) =>
    clock.clockMode === 'timestamp' ? Number(max) : Math.floor(Number(max) * clock.blockTime);
  const tooLong = (what: string, seconds: number, units: bigint, max: bigint, type: string) =>
    `${name}: a ${what} of ${formatDuration(seconds)} is ${describeClockUnits(units, clock)}, more than the ` +
    `${formatAmount(String(max))} that OpenZeppelin's Governor can hold (${type}). ` +
    `Make it at most ${formatDuration(longest(max))}.`;

  const votingDelay = secondsToClock(delaySeconds, clock);
  if (votingDelay > maxUint48) {
    const message = tooLong('voting delay', delaySeconds, votingDelay, maxUint48, 'uint48');
    diagnostics.push(createDiagnostic('target-out-of-range', message, at('votingDelay')));
  }

  const votingPeriod = secondsToClock(periodSeconds, clock);
  if (votingPeriod > maxUint32) {
    const message = tooLong('voting period', periodSeconds, votingPeriod, maxUint32, 'uint32');
    diagnostics.push(createDiagnostic('target-out-of-range', message, at('votingPeriod')));
  } else if (votingPeriod === 0n) {
    const message =
      `${name}: a voting period of ${formatDuration(periodSeconds)} is ${describeClockUnits(0n, clock)}, and ` +
      "OpenZeppelin's Governor rejects a voting period of 0 (GovernorInvalidVotingPeriod). " +
      `Make it at least ${formatDuration(oneUnit)}.`;
    diagnostics.push(createDiagnostic('target-out-of-range', message, at('votingPeriod')));
  }

  const lateQuorumVoteExtension = secondsToClock(lateQuorumExtension, clock);
  if (lateQuorumExtension > 0 && lateQuorumVoteExtension === 0n) {
    const message =
      `${name}: a late-quorum extension of ${formatDuration(lateQuorumExtension)} is ` +
      `${describeClockUnits(0n, clock)}, which would turn it off. ` +
      `Make it at least ${formatDuration(oneUnit)}, or 0 to turn it off.`;
    diagnostics.push(createDiagnostic('target-out-of-range', message, at('lateQuorumExtension')));
  } else if (lateQuorumVoteExtension > votingPeriod && votingPeriod > 0n && votingPeriod <= maxUint32) {
    const message =
      `${name}: a late-quorum extension of ${formatDuration(lateQuorumExtension)} ` +
      `(${describeClockUnits(lateQuorumVoteExtension, clock)}) is longer than its voting period ` +
      `(${describeClockUnits(votingPeriod, clock)}), and OpenZeppelin's GovernorPreventLateQuorum rejects an ` +
      `extension longer than the voting period. Make it at most ${formatDuration(periodSeconds)}.`;
    diagnostics.push(createDiagnostic('target-out-of-range', message, at('lateQuorumExtension')));
  }
  return { votingDelay, votingPeriod, lateQuorumVoteExtension, diagnostics };
}
