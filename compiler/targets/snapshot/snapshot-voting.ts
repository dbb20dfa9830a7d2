import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { formatDuration } from '../../format/format-duration.ts';
import { formatPercent } from '../../format/format-percent.ts';
import { nodeName } from '../../format/node-name.ts';
import type { CharterNode } from '../../generated/charter-document.ts';
import { getNodeKind } from '../../nodes/catalogue.ts';
import { percentToFraction } from '../../units/percent-to-fraction.ts';
import type { SnapshotSpaceSettings } from './types.ts';

/** How a decision runs on Snapshot, before its quorum is turned into voting power. */
export interface SnapshotVotingPlan {
  type: SnapshotSpaceSettings['voting']['type'];
  /** Seconds. */
  delay: number;
  /** Seconds. */
  period: number;
  /** The quorum as the rule states it; absent for none. */
  quorum?: { percent: string } | { absolute: string } | { count: number };
  /** Dotted path of the quorum in the node, for diagnostics. */
  quorumField: string;
  quorumType?: 'rejection';
}

/** snapshot.js src/schemas/space.json: `voting.delay` at most 30 days, `voting.period` at most 366 days. */
const most = { delay: 2_592_000, period: 31_622_400 } as const;

/**
 * The Snapshot voting type and timing for a decision node, as the node kind implies, with a diagnostic for every
 * rule Snapshot runs differently:
 *
 * - majority-vote → `basic` (For, Against, Abstain). Snapshot counts every vote toward quorum (its
 *   getProposalCurrentQuorum sums `scores_total`), shows a basic proposal as passed when For beats Against, and
 *   always lets voters change their vote until the end (snapshot-sequencer src/writer/vote.ts updates the earlier
 *   vote): so only quorum counting "all", a 50% support threshold and the vote-replacement mode carry over.
 * - optimistic and veto → `basic` with `quorumType: 'rejection'`: the quorum counts Against votes only and reaching
 *   it rejects the proposal.
 * - approval → `approval`; ranked-choice → `ranked-choice` (instant runoff, one winner); quadratic-voting →
 *   `quadratic`, where each voter's credits are their voting power, so only electorates of one vote per person give
 *   everyone the same credits; budget-split by mean → `weighted`, whose scores are the power-weighted mean of the
 *   voters' splits.
 */
export function snapshotVoting(
  decision: CharterNode,
  perPerson: boolean,
  diagnostics: Diagnostic[],
): SnapshotVotingPlan | undefined {
  const name = nodeName(decision);
  const count = diagnostics.length;
  const unsupported = (message: string, field?: string) =>
    diagnostics.push(
      createDiagnostic('target-unsupported', `${name}: ${message}`, { nodeId: decision.id, field }),
    );
  const timing = (delay: number, period: number, periodField: string) => {
    if (delay > most.delay)
      diagnostics.push(
        createDiagnostic(
          'target-out-of-range',
          `${name}: Snapshot takes a voting delay of at most 30 days; this vote waits ${formatDuration(delay)}.`,
          { nodeId: decision.id, field: 'params.votingDelay' },
        ),
      );
    if (period > most.period)
      diagnostics.push(
        createDiagnostic(
          'target-out-of-range',
          `${name}: Snapshot takes a voting period of at most 366 days; this one lasts ${formatDuration(period)}.`,
          { nodeId: decision.id, field: periodField },
        ),
      );
  };
  const done = (plan: SnapshotVotingPlan) => (diagnostics.length > count ? undefined : plan);

  switch (decision.kind) {
    case 'majority-vote': {
      const p = decision.params;
      if (p.quorumCounts !== 'all')
        unsupported(
          `Snapshot counts every vote (For, Against and Abstain) toward quorum, so it cannot count only ` +
            `${p.quorumCounts === 'for' ? 'For' : 'For and Abstain'} as this vote does. Choose "all" for the votes ` +
            'that count toward quorum to use Snapshot.',
          'params.quorumCounts',
        );
      const support = percentToFraction(p.supportThreshold);
      if (support.numerator * 2n !== support.denominator)
        unsupported(
          'Snapshot shows a basic proposal as passed when For beats Against, a support threshold of 50%; it ' +
            `cannot require ${formatPercent(p.supportThreshold)}.`,
          'params.supportThreshold',
        );
      if (p.votingMode !== 'vote-replacement')
        unsupported(
          'Snapshot lets voters change their vote until voting ends' +
            (p.votingMode === 'early-execution' ? ' and never ends a vote early' : '') +
            '. Choose "vote-replacement" as the voting mode to use Snapshot.',
          'params.votingMode',
        );
      if (p.lateQuorumExtension > 0)
        unsupported(
          'Snapshot cannot extend a vote when quorum is reached late. Set the late-quorum extension (now ' +
            `${formatDuration(p.lateQuorumExtension)}) to 0 to use Snapshot.`,
          'params.lateQuorumExtension',
        );
      if (p.superQuorum !== undefined)
        unsupported(
          'Snapshot has no super quorum that ends a vote early. Remove the super quorum to use Snapshot.',
          'params.superQuorum',
        );
      timing(p.votingDelay, p.votingPeriod, 'params.votingPeriod');
      return done({
        type: 'basic',
        delay: p.votingDelay,
        period: p.votingPeriod,
        quorum: p.quorum,
        quorumField: 'params.quorum',
      });
    }
    case 'optimistic': {
      const p = decision.params;
      timing(0, p.challengePeriod, 'params.challengePeriod');
      return done({
        type: 'basic',
        delay: 0,
        period: p.challengePeriod,
        quorum: p.objectionThreshold,
        quorumField: 'params.objectionThreshold',
        quorumType: 'rejection',
      });
    }
    case 'veto': {
      const p = decision.params;
      if (p.window === 0)
        unsupported(
          'Snapshot votes always end, so a veto with no time limit cannot run on it.',
          'params.window',
        );
      timing(0, p.window, 'params.window');
      return done({
        type: 'basic',
        delay: 0,
        period: p.window,
        quorum: p.threshold,
        quorumField: 'params.threshold',
        quorumType: 'rejection',
      });
    }
    case 'approval': {
      const p = decision.params;
      if (p.maxApprovals !== undefined)
        unsupported(
          `Snapshot's approval voting lets each voter approve any number of options; it cannot limit them to ` +
            `${p.maxApprovals}.`,
          'params.maxApprovals',
        );
      timing(0, p.votingPeriod, 'params.votingPeriod');
      return done(concave('approval', p.votingPeriod, p.quorum));
    }
    case 'ranked-choice': {
      const p = decision.params;
      if (p.winners > 1)
        unsupported(
          `Snapshot's ranked-choice voting elects one winner by instant runoff; it cannot elect ${p.winners}.`,
          'params.winners',
        );
      timing(0, p.votingPeriod, 'params.votingPeriod');
      return done(concave('ranked-choice', p.votingPeriod, p.quorum));
    }
    case 'quadratic-voting': {
      const p = decision.params;
      if (!perPerson)
        unsupported(
          "Snapshot's quadratic voting gives each voter as many credits as their voting power, not " +
            `${p.creditsPerVoter} each. Give it voters with one vote each (Members or Signers) so that everyone ` +
            'has the same credits.',
          'params.creditsPerVoter',
        );
      timing(0, p.votingPeriod, 'params.votingPeriod');
      return done(concave('quadratic', p.votingPeriod, p.quorum));
    }
    case 'budget-split': {
      const p = decision.params;
      if (p.aggregation !== 'mean')
        unsupported(
          "Snapshot's weighted voting combines the voters' splits by their mean, weighted by voting power; it " +
            'cannot take their median. Combine the splits by mean to use Snapshot.',
          'params.aggregation',
        );
      timing(0, p.votingPeriod, 'params.votingPeriod');
      return done(concave('weighted', p.votingPeriod, p.quorum));
    }
    default: {
      const title = getNodeKind(decision.kind)?.title.en.toLowerCase() ?? decision.kind;
      unsupported(
        `Snapshot has no ${title}: it runs basic, single-choice, approval, ranked-choice, quadratic and weighted ` +
          'votes.',
      );
      return undefined;
    }
  }
}

function concave(
  type: SnapshotVotingPlan['type'],
  period: number,
  quorum: { percent: string } | { absolute: string } | undefined,
): SnapshotVotingPlan {
  const plan: SnapshotVotingPlan = { type, delay: 0, period, quorumField: 'params.quorum' };
  if (quorum !== undefined) plan.quorum = quorum;
  return plan;
}
