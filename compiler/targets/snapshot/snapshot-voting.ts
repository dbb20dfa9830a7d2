import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { type Said, say } from '../../diagnostics/say.ts';
import { formatDuration } from '../../format/format-duration.ts';
import { nodeNameWords } from '../../format/node-name-words.ts';
import type { CharterNode } from '../../generated/charter-document.ts';
import { bindNode } from '../../nodes/bind-node.ts';
import { isRefusal, type SnapshotVoteSpec } from '../../nodes/target-support.ts';
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
  /** The rule blocks when Against reaches the quorum of people, so the space's quorum is one less. */
  rejectsOnReaching?: true;
}

/** snapshot.js src/schemas/space.json: `voting.delay` at most 30 days, `voting.period` at most 366 days. */
const most = { delay: 2_592_000, period: 31_622_400 } as const;

// Snapshot's voting types as Korean names them.
const typeWords: Record<SnapshotVoteSpec['type'], string> = {
  basic: '기본',
  'single-choice': '단일 선택',
  approval: '승인',
  'ranked-choice': '순위 선택',
  quadratic: '이차',
  weighted: '가중',
};

/**
 * The Snapshot voting type and timing for a decision node, as its kind declares them (the `snapshot` entry of its
 * `targets`: majority vote → `basic`; optimistic and veto → `basic` with `quorumType: 'rejection'`; approval,
 * ranked-choice, quadratic and weighted for the concave kinds), with a diagnostic for every rule Snapshot runs
 * differently, for a kind Snapshot does not run (its refusal), and for timing beyond Snapshot's bounds. Quadratic
 * voting gives each voter as many credits as their power, so it needs voters with one vote each (`perPerson`).
 * Only a `basic` vote's quorum decides anything on Snapshot (snapshot-labs/sx-monorepo
 * apps/ui/src/networks/offchain/api/index.ts, `getProposalState`: a closed proposal of any other type is just
 * `closed`), so a quorum on another type is refused rather than shown and ignored.
 */
export function snapshotVoting(
  decision: CharterNode,
  perPerson: boolean,
  diagnostics: Diagnostic[],
): SnapshotVotingPlan | undefined {
  const name = nodeNameWords(decision);
  const count = diagnostics.length;
  const unsupported = (message: Said, field?: string) =>
    diagnostics.push(createDiagnostic('target-unsupported', message, { nodeId: decision.id, field }));
  const answer = bindNode(decision).target('snapshot', { exits: [], feeds: [], anchor: false });
  if (isRefusal(answer) || answer.part !== 'vote') {
    unsupported(
      isRefusal(answer)
        ? say('target.refused', { node: name, reason: answer.reason, instead: answer.instead })
        : say('snapshot.not-a-vote', { node: name }),
    );
    return undefined;
  }
  const spec = answer.voting;
  for (const { message, field } of spec.unsupported)
    unsupported(say('snapshot.named', { node: name, text: message }), field);
  if (spec.needsOnePerPerson && !perPerson)
    unsupported(
      say('snapshot.named', { node: name, text: spec.needsOnePerPerson.message }),
      spec.needsOnePerPerson.field,
    );
  if (spec.delay > most.delay)
    diagnostics.push(
      createDiagnostic(
        'target-out-of-range',
        say('snapshot.delay-too-long', {
          node: name,
          duration: { en: formatDuration(spec.delay), ko: formatDuration(spec.delay, 'ko') },
        }),
        { nodeId: decision.id, field: 'params.votingDelay' },
      ),
    );
  if (spec.period > most.period)
    diagnostics.push(
      createDiagnostic(
        'target-out-of-range',
        say('snapshot.period-too-long', {
          node: name,
          duration: { en: formatDuration(spec.period), ko: formatDuration(spec.period, 'ko') },
        }),
        { nodeId: decision.id, field: spec.periodField },
      ),
    );
  if (spec.type !== 'basic' && spec.quorum !== undefined && !zeroQuorum(spec.quorum))
    unsupported(
      say('snapshot.quorum-not-enforced', { node: name, type: { en: spec.type, ko: typeWords[spec.type] } }),
      spec.quorumField,
    );
  if (diagnostics.length > count) return undefined;
  const plan: SnapshotVotingPlan = {
    type: spec.type,
    delay: spec.delay,
    period: spec.period,
    quorumField: spec.quorumField,
  };
  if (spec.quorum !== undefined) plan.quorum = spec.quorum;
  if (spec.quorumType) plan.quorumType = spec.quorumType;
  if (spec.rejectsOnReaching) plan.rejectsOnReaching = true;
  return plan;
}

/** A quorum of nothing: 0 %, 0 tokens or 0 people. */
function zeroQuorum(quorum: { percent: string } | { absolute: string } | { count: number }): boolean {
  if ('count' in quorum) return quorum.count === 0;
  return /^0*(\.0*)?$/.test('percent' in quorum ? quorum.percent : quorum.absolute);
}
