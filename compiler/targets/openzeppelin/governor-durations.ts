import { maxUint32, maxUint48 } from 'viem';
import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { say } from '../../diagnostics/say.ts';
import { formatAmount } from '../../format/format-amount.ts';
import { formatDuration } from '../../format/format-duration.ts';
import { nodeNameWords } from '../../format/node-name-words.ts';
import type { MajorityVoteNode } from '../../generated/charter-document.ts';
import type { Localized } from '../../nodes/node-kind.ts';
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
  const name = nodeNameWords(vote);
  const at = (field: string) => ({ nodeId: vote.id, field: `params.${field}` });
  const { votingDelay: delaySeconds, votingPeriod: periodSeconds, lateQuorumExtension } = vote.params;
  const diagnostics: Diagnostic[] = [];
  // The shortest whole-second duration worth at least one block (or one second).
  const oneUnit = clock.clockMode === 'timestamp' ? 1 : Math.ceil(clock.blockTime);

  /** The longest duration in seconds whose clock units fit `max`. */
  const longest = (max: bigint) =>
    clock.clockMode === 'timestamp' ? Number(max) : Math.floor(Number(max) * clock.blockTime);
  const duration = (seconds: number) => ({ en: formatDuration(seconds), ko: formatDuration(seconds, 'ko') });
  const units = (count: bigint) => ({
    en: describeClockUnits(count, clock),
    ko: describeClockUnits(count, clock, 'ko'),
  });
  const tooLong = (what: Localized, seconds: number, count: bigint, max: bigint, type: string) =>
    say('oz.too-long', {
      node: name,
      what,
      duration: duration(seconds),
      units: units(count),
      max: formatAmount(String(max)),
      type,
      longest: duration(longest(max)),
    });

  const votingDelay = secondsToClock(delaySeconds, clock);
  if (votingDelay > maxUint48) {
    const message = tooLong(
      { en: 'voting delay', ko: '투표 대기 기간' },
      delaySeconds,
      votingDelay,
      maxUint48,
      'uint48',
    );
    diagnostics.push(createDiagnostic('target-out-of-range', message, at('votingDelay')));
  }

  const votingPeriod = secondsToClock(periodSeconds, clock);
  if (votingPeriod > maxUint32) {
    const message = tooLong(
      { en: 'voting period', ko: '투표 기간' },
      periodSeconds,
      votingPeriod,
      maxUint32,
      'uint32',
    );
    diagnostics.push(createDiagnostic('target-out-of-range', message, at('votingPeriod')));
  } else if (votingPeriod === 0n) {
    const message = say('oz.period-zero', {
      node: name,
      duration: duration(periodSeconds),
      units: units(0n),
      oneUnit: duration(oneUnit),
    });
    diagnostics.push(createDiagnostic('target-out-of-range', message, at('votingPeriod')));
  }

  const lateQuorumVoteExtension = secondsToClock(lateQuorumExtension, clock);
  if (lateQuorumExtension > 0 && lateQuorumVoteExtension === 0n) {
    const message = say('oz.extension-zero', {
      node: name,
      duration: duration(lateQuorumExtension),
      units: units(0n),
      oneUnit: duration(oneUnit),
    });
    diagnostics.push(createDiagnostic('target-out-of-range', message, at('lateQuorumExtension')));
  } else if (lateQuorumVoteExtension > votingPeriod && votingPeriod > 0n && votingPeriod <= maxUint32) {
    const message = say('oz.extension-too-long', {
      node: name,
      duration: duration(lateQuorumExtension),
      units: units(lateQuorumVoteExtension),
      periodUnits: units(votingPeriod),
      period: duration(periodSeconds),
    });
    diagnostics.push(createDiagnostic('target-out-of-range', message, at('lateQuorumExtension')));
  }
  return { votingDelay, votingPeriod, lateQuorumVoteExtension, diagnostics };
}
