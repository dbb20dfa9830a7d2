import type { ConfigBody, Fraction } from '../generated/charter-config.ts';
import type { Clock } from '../units/seconds-to-clock.ts';
import type { DrawnVote } from './draw-votes.ts';
import { earlyDecision } from './early-decision.ts';
import { fractionToPercent } from './fraction-to-percent.ts';
import { majority } from './mechanisms/majority.ts';
import { multisig } from './mechanisms/multisig.ts';
import { optimistic } from './mechanisms/optimistic.ts';
import { parsePercent } from './mechanisms/parse-percent.ts';
import type { SupplyShare } from './mechanisms/supply-share.ts';
import { veto } from './mechanisms/veto.ts';
import type { GeneratedElectorate } from './scenario/generate-electorate.ts';
import type { StepTrace } from './trace.ts';
import { voteTime } from './vote-time.ts';

/** What one decision did: the exit, how long it took (seconds) and the numbers behind it. */
export type DecisionResult = Pick<StepTrace, 'tally' | 'quorum' | 'threshold'> & {
  branch: string;
  duration: number;
};

type ConfigShare = { fraction: Fraction } | { absolute: string };

function supplyShare(share: ConfigShare): SupplyShare {
  return 'fraction' in share
    ? { percent: fractionToPercent(share.fraction) }
    : { absolute: BigInt(share.absolute) };
}

function tallyOf(electorate: GeneratedElectorate, votes: readonly DrawnVote[]) {
  const sums = { for: 0n, against: 0n, abstain: 0n };
  for (const vote of votes) sums[vote.support] += electorate.holders[vote.holder]!.balance;
  return sums;
}

function traceTally(sums: { for: bigint; against: bigint; abstain: bigint }, voters: number) {
  return { for: String(sums.for), against: String(sums.against), abstain: String(sums.abstain), voters };
}

/**
 * Runs one decision node (a body of the config) on drawn votes, with its mechanism:
 *
 * - `majority-vote`: {@link majority} on the holders' balances (1 per member), quorum a share of the electorate's
 *   supply, Aragon's support threshold, each vote cast at its moment of the period (second votingDelay + 1 to
 *   votingDelay + votingPeriod; on a block-number `clock`, in the first block at or after it: see {@link voteTime}). It ends at the deadline, moved by the late-quorum extension, or earlier when a
 *   super quorum decides it or, with votingMode early-execution, when {@link earlyDecision} says the outcome is
 *   settled; the duration is that time in seconds from the proposal.
 * - `multisig`: {@link multisig}; a signer approves when drawn voting For; takes no time.
 * - `veto`: {@link veto}; a member vetoes when drawn voting Against; takes the window. A window of 0 (no limit)
 *   adds no wait: the proposal goes on while the veto, in the contract, stays open.
 * - `optimistic`: {@link optimistic}; holders drawn Against object with their balance; takes the challenge period.
 * - Any other decision (the concave kinds and Snapshot-style votes): "decided" when someone voted and the power
 *   that took part meets the rule's quorum, if it has one; takes its votingPeriod or roundDuration.
 */
export function runDecision(
  body: ConfigBody,
  electorate: GeneratedElectorate,
  votes: readonly DrawnVote[],
  clock?: Clock,
): DecisionResult {
  const rule = body.rule as Record<string, unknown>;
  const sums = tallyOf(electorate, votes);
  const tally = traceTally(sums, votes.length);
  if (body.kind === 'majority-vote') {
    const support = fractionToPercent(rule.supportThreshold as Fraction);
    const quorumCounts = rule.quorumCounts as 'for' | 'for+abstain' | 'all';
    const start = Number(rule.votingDelay ?? 0);
    const period = Number(rule.votingPeriod ?? 0);
    const timed = votes.map((vote) => ({
      support: vote.support,
      weight: electorate.holders[vote.holder]!.balance,
      at: voteTime(vote.moment, start, period, clock),
    }));
    const superQuorum = rule.superQuorum as Fraction | undefined;
    const result = majority({
      supply: electorate.supply,
      quorum: supplyShare(rule.quorum as ConfigShare),
      quorumCounts,
      supportPercent: support,
      ...(superQuorum === undefined ? {} : { superQuorumPercent: fractionToPercent(superQuorum) }),
      votes: timed,
      timing: {
        start,
        deadline: start + period,
        lateQuorumExtension: Number(rule.lateQuorumExtension ?? 0),
      },
    });
    const counted = (tally: { for: bigint; against: bigint; abstain: bigint }) =>
      quorumCounts === 'for'
        ? tally.for
        : quorumCounts === 'for+abstain'
          ? tally.for + tally.abstain
          : tally.for + tally.against + tally.abstain;
    const early =
      rule.votingMode === 'early-execution' && result.succeeded
        ? earlyDecision(
            timed,
            electorate.supply,
            parsePercent(support),
            (tally) => counted(tally) >= result.quorum,
          )
        : undefined;
    const winning = result.succeeded || (!result.quorumReached && winningAlone(result, support));
    return {
      branch: result.succeeded ? 'passed' : 'failed',
      duration: early ?? result.decidedAt ?? result.deadline ?? start + period,
      tally: traceTally(result, votes.length),
      quorum: { needed: String(result.quorum), counted: String(counted(result)), met: result.quorumReached },
      threshold: {
        rule: `(1 − ${support}%) · For > ${support}% · Against`,
        needed: `${support}%`,
        counted: String(result.for),
        met: winning,
      },
    };
  }
  if (body.kind === 'multisig') {
    const result = multisig({
      signers: electorate.holders.map((holder) => holder.address),
      threshold: Number(rule.threshold),
      approvals: votes
        .filter((vote) => vote.support === 'for')
        .map((vote) => electorate.holders[vote.holder]!.address),
    });
    return {
      branch: result.passed ? 'passed' : 'failed',
      duration: 0,
      tally,
      threshold: {
        rule: 'approvals ≥ threshold',
        needed: String(result.threshold),
        counted: String(result.approvals),
        met: result.passed,
      },
    };
  }
  if (body.kind === 'veto') {
    const share = rule.threshold as { fraction: Fraction } | { count: number };
    const result = veto({
      members: electorate.holders.map((holder) => holder.address),
      threshold:
        'fraction' in share ? { percent: fractionToPercent(share.fraction) } : { count: share.count },
      vetoes: votes
        .filter((vote) => vote.support === 'against')
        .map((vote) => ({ member: electorate.holders[vote.holder]!.address })),
    });
    return {
      branch: result.blocked ? 'vetoed' : 'passed',
      duration: Number(rule.window ?? 0),
      tally,
      threshold: {
        rule: 'vetoes ≥ needed blocks',
        needed: String(result.needed),
        counted: String(result.vetoes),
        met: result.blocked,
      },
    };
  }
  if (body.kind === 'optimistic') {
    const result = optimistic({
      supply: electorate.supply,
      objectionThreshold: supplyShare(rule.objectionThreshold as ConfigShare),
      objections: votes
        .filter((vote) => vote.support === 'against')
        .map((vote) => ({ weight: electorate.holders[vote.holder]!.balance })),
    });
    return {
      branch: result.passed ? 'passed' : 'failed',
      duration: Number(rule.challengePeriod ?? 0),
      tally,
      threshold: {
        rule: 'objections ≥ threshold blocks',
        needed: String(result.threshold),
        counted: String(result.objections),
        met: result.blocked,
      },
    };
  }
  const took = sums.for + sums.against + sums.abstain;
  const quorumShare = rule.quorum as ConfigShare | undefined;
  let quorum: StepTrace['quorum'];
  if (quorumShare !== undefined) {
    const needed =
      'fraction' in quorumShare
        ? (electorate.supply * BigInt(quorumShare.fraction.numerator)) /
          BigInt(quorumShare.fraction.denominator)
        : BigInt(quorumShare.absolute);
    quorum = { needed: String(needed), counted: String(took), met: took >= needed };
  }
  const decided = votes.length > 0 && (quorum?.met ?? true);
  return {
    branch: decided ? 'decided' : 'failed',
    duration: Number(rule.votingPeriod ?? rule.roundDuration ?? 0),
    tally,
    ...(quorum === undefined ? {} : { quorum }),
  };
}

function winningAlone(result: { for: bigint; against: bigint }, support: string): boolean {
  const { num, den } = parsePercent(support);
  return (den - num) * result.for > num * result.against;
}
