import type { DecisionNumbers, LoweredRule } from '../../nodes/simulation-step.ts';
import type { TraceTally } from '../trace.ts';
import { amountOfShare, type ConfigShare } from './config-share.ts';

/** What {@link backedDecision} reads. */
export interface BackedDecisionParameters {
  /** The body's rule: its optional `quorum` is a share of `supply`. */
  rule: LoweredRule;
  /** Power quorums are a share of, base units. */
  supply: bigint;
  /** Power of the ballots that back some option (for a score vote, of every ballot), base units. */
  counted: bigint;
  /** Whether the ballots chose something: an option backed, scored above the middle, funded. */
  chosen: boolean;
  /** The words of the rule `chosen` stands for, and its figures, for the trace. */
  threshold: { rule: string; needed: string; counted: string };
  tally: TraceTally;
  /** Seconds the decision takes. */
  duration: number;
}

/**
 * The exit of a concave decision (choose among options, allocate): `decided` when the ballots chose something and
 * the power that took part meets the rule's quorum, if it has one; `failed` otherwise. A decision nobody backs
 * never decides.
 */
export function backedDecision(
  p: BackedDecisionParameters,
): DecisionNumbers & { exit: 'decided' | 'failed'; duration: number } {
  const share = p.rule.quorum as ConfigShare | undefined;
  const needed = share === undefined ? undefined : amountOfShare(share, p.supply);
  const quorumMet = needed === undefined || p.counted >= needed;
  return {
    exit: p.chosen && quorumMet ? 'decided' : 'failed',
    duration: p.duration,
    tally: p.tally,
    ...(needed === undefined
      ? {}
      : { quorum: { needed: String(needed), counted: String(p.counted), met: quorumMet } }),
    threshold: { ...p.threshold, met: p.chosen },
  };
}
