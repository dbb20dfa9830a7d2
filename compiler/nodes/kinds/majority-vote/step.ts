import type { Fraction } from '../../../generated/charter-config.ts';
import { earlyDecision } from '../../../simulate/early-decision.ts';
import { fractionToPercent } from '../../../simulate/fraction-to-percent.ts';
import {
  type MajorityParameters,
  majority,
  type QuorumRounding,
} from '../../../simulate/mechanisms/majority.ts';
import { parsePercent } from '../../../simulate/mechanisms/parse-percent.ts';
import { quorumFunction } from '../../../simulate/mechanisms/quorum-function.ts';
import { smallestCoalition } from '../../../simulate/step/coalition.ts';
import { type ConfigShare, supplyShareOf } from '../../../simulate/step/config-share.ts';
import { type Sides, traceTally } from '../../../simulate/step/tally-votes.ts';
import { voteTime } from '../../../simulate/vote-time.ts';
import { passedFailed } from '../../ports.ts';
import type { SimulationStep } from '../../simulation-step.ts';
import type { TargetName } from '../../target-name.ts';
import { type RuleQuorum, ruleQuorum } from './rule-quorum.ts';

/**
 * How each target that runs a majority vote turns a quorum share into base units. OpenZeppelin's
 * GovernorVotesQuorumFraction.quorum is `token.getPastTotalSupply(t) * quorumNumerator(t) / quorumDenominator()`,
 * rounded down; Aragon's TokenVoting.createProposal sets `minVotingPower = _applyRatioCeiled(totalVotingPower_,
 * minParticipation())` and `minApprovalPower = _applyRatioCeiled(totalVotingPower_, minApproval())`, rounded up
 * (aragon/token-voting-plugin src/TokenVoting.sol; aragon/osx-commons contracts/src/utils/math/Ratio.sol). Snapshot
 * is not listed and keeps the floor: it compares float scores with the exact share Charter emits, which in base
 * units acts as a ceiling, but that is the Snapshot target's to settle with snapshot.js. Safe and Gardens refuse a
 * majority vote.
 */
const quorumRounding: Partial<Record<TargetName, QuorumRounding>> = { openzeppelin: 'floor', aragon: 'ceil' };

/** The roundings of the targets a decision executes on; floor when it executes on none that says otherwise. */
function roundingsOf(executesOn: readonly TargetName[]): QuorumRounding[] {
  const found = new Set(executesOn.map((target) => quorumRounding[target] ?? 'floor'));
  return found.size === 0 ? ['floor'] : (['floor', 'ceil'] as const).filter((r) => found.has(r));
}

/**
 * A yes/no vote: {@link majority} on the holders' balances (1 per member), quorum a share of the electorate's supply,
 * Aragon's support threshold, each vote cast at its moment of the period (second votingDelay + 1 to votingDelay +
 * votingPeriod; on a block-number clock in the first block at or after it: see {@link voteTime}). It ends at the
 * deadline, moved by the late-quorum extension, or earlier when a super quorum decides it or, with votingMode
 * early-execution, when {@link earlyDecision} says the outcome is settled.
 *
 * Capture: unopposed, the fewest top holders whose For alone meets the quorum; opposed, also (1 − t) · B > t · (H − B)
 * with H all held power and t the support threshold (they win even if every other holder votes Against).
 */
export const majorityVoteStep: SimulationStep = {
  role: 'decision',
  exits: passedFailed,
  decide({ config, body, electorate, votes, executesOn }) {
    const rule = body.rule;
    const support = fractionToPercent(rule.supportThreshold as Fraction);
    const quorumCounts = rule.quorumCounts as 'for' | 'for+abstain' | 'all';
    const start = Number(rule.votingDelay ?? 0);
    const period = Number(rule.votingPeriod ?? 0);
    const timed = votes.map((vote) => ({
      support: vote.support,
      weight: electorate.holders[vote.holder]!.balance,
      at: voteTime(vote.moment, start, period, config.chain),
    }));
    const superQuorum = rule.superQuorum as Fraction | undefined;
    const shaped = ruleQuorum(rule, electorate);
    const parameters: MajorityParameters = {
      supply: electorate.supply,
      quorum: supplyShareOf(rule.quorum as ConfigShare),
      ...shaped,
      quorumCounts,
      supportPercent: support,
      ...(superQuorum === undefined ? {} : { superQuorumPercent: fractionToPercent(superQuorum) }),
      votes: timed,
      timing: {
        start,
        deadline: start + period,
        lateQuorumExtension: Number(rule.lateQuorumExtension ?? 0),
      },
    };
    // A decision deployed on targets that round differently is counted by each; when they disagree on this
    // proposal the preview cannot say one outcome, so it says why instead of picking one.
    const [rounding, other] = roundingsOf(executesOn);
    const result = majority({ ...parameters, rounding });
    if (other !== undefined) {
      const second = majority({ ...parameters, rounding: other });
      if (second.succeeded !== result.succeeded)
        return {
          unsupported:
            `it executes on ${executesOn.join(' and ')}, which round the quorum differently (down to ` +
            `${result.quorum} and up to ${second.quorum} base units), and this proposal passes on one and fails on ` +
            'the other.',
        };
    }
    const counted = (sides: Sides) =>
      quorumCounts === 'for'
        ? sides.for
        : quorumCounts === 'for+abstain'
          ? sides.for + sides.abstain
          : sides.for + sides.against + sides.abstain;
    // Early execution asks whether the outcome holds even if all the power not yet cast votes Against: against that
    // worst case the quorum (which may rise with Against), the For threshold and the margin must all hold too.
    const settled = (sides: Sides): boolean => {
      const rest = electorate.supply - sides.for - sides.against - sides.abstain;
      const worst = sides.against + (rest > 0n ? rest : 0n);
      return (
        counted(sides) >= quorumOfRule(shaped, parameters, rounding, worst) &&
        (shaped.forThreshold === undefined || sides.for > shaped.forThreshold) &&
        (shaped.forMargin === undefined || sides.for - worst > shaped.forMargin)
      );
    };
    const early =
      rule.votingMode === 'early-execution' && result.succeeded
        ? earlyDecision(timed, electorate.supply, parsePercent(support), settled)
        : undefined;
    const ratio = parsePercent(support);
    const winning =
      result.succeeded ||
      (!result.quorumReached &&
        (ratio.den - ratio.num) * result.for > ratio.num * result.against &&
        result.forThresholdMet !== false &&
        result.forMarginMet !== false);
    return {
      exit: result.succeeded ? 'passed' : 'failed',
      duration: early ?? result.decidedAt ?? result.deadline ?? start + period,
      tally: traceTally(result, votes.length),
      quorum: { needed: String(result.quorum), counted: String(counted(result)), met: result.quorumReached },
      threshold: {
        rule:
          `(1 − ${support}%) · For > ${support}% · Against` +
          (shaped.forThreshold === undefined ? '' : ` and For > ${shaped.forThreshold}`) +
          (shaped.forMargin === undefined ? '' : ` and For − Against > ${shaped.forMargin}`),
        needed: `${support}%`,
        counted: String(result.for),
        met: winning,
      },
    };
  },
  capture(body, electorate, executesOn) {
    // On targets that round differently, the lower quorum (rounded down) is the one a coalition must beat somewhere.
    const rounding = roundingsOf(executesOn)[0];
    const shaped = ruleQuorum(body.rule, electorate);
    const share = supplyShareOf(body.rule.quorum as ConfigShare);
    const quorumAt = (against: bigint) =>
      quorumOfRule(shaped, { supply: electorate.supply, quorum: share }, rounding, against);
    const threshold = body.rule.supportThreshold as Fraction;
    const num = BigInt(threshold.numerator);
    const den = BigInt(threshold.denominator);
    const passes = (power: bigint, against: bigint) =>
      (shaped.forThreshold === undefined || power > shaped.forThreshold) &&
      (shaped.forMargin === undefined || (power >= against && power - against > shaped.forMargin));
    // Their For alone meets the quorum, whatever the quorum counts; with everyone else Against it must still win
    // (and a quorum that rises with Against rises with all of theirs).
    return {
      unopposed: smallestCoalition(
        electorate,
        1,
        (power) => power >= quorumAt(0n) && power > 0n && passes(power, 0n),
      ),
      opposed: smallestCoalition(
        electorate,
        1,
        (power, rest) => power >= quorumAt(rest) && (den - num) * power > num * rest && passes(power, rest),
      ),
    };
  },
};

/** The quorum in base units at `against`, by {@link quorumFunction} with the rule's shape. */
function quorumOfRule(
  shaped: RuleQuorum,
  parameters: Pick<MajorityParameters, 'supply' | 'quorum'>,
  rounding: QuorumRounding | undefined,
  against: bigint,
): bigint {
  return quorumFunction(
    {
      base: shaped.quorumBase ?? parameters.supply,
      quorum: parameters.quorum,
      ...(rounding === undefined ? {} : { rounding }),
      ...(shaped.quorumExcluded === undefined ? {} : { excluded: shaped.quorumExcluded }),
      ...(shaped.quorumRise === undefined ? {} : { rise: shaped.quorumRise }),
      ...(shaped.quorumMinimum === undefined ? {} : { minimum: shaped.quorumMinimum }),
      ...(shaped.quorumMaximum === undefined ? {} : { maximum: shaped.quorumMaximum }),
    },
    against,
  );
}
