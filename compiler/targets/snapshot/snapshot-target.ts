import type { GraphView } from '../../compile/graph-view.ts';
import type { ConfigTarget } from '../../generated/charter-config.ts';
import { oneDecision } from '../one-decision.ts';
import { problemList } from '../problem-list.ts';
import { targetOutput } from '../target-output.ts';
import { targetUnits } from '../target-units.ts';
import { unitEntry } from '../unit-entry.ts';
import { unitParts } from '../unit-parts.ts';
import { snapshotSpace } from './snapshot-space.ts';

/**
 * The Snapshot target: for every unit (the paths from a proposal to a Signal recorded on Snapshot, in one stage)
 * whose every node Snapshot enforces, the settings of a Snapshot space that runs its one vote, or exactly why not.
 */
export function snapshotTarget(view: GraphView): ConfigTarget {
  const spaces: unknown[] = [];
  const { units, problems: refused } = targetUnits(view, 'snapshot');
  const { problems, report } = problemList(refused);
  for (const unit of units) {
    const votes = unitParts(unit, 'vote');
    const one = oneDecision(
      view,
      unit,
      votes.map(({ id }) => id),
      {
        title: { en: 'A Snapshot space', ko: 'Snapshot 스페이스' },
        decision: { en: 'a vote', ko: '투표' },
        instead: {
          en: "Record each body's vote with its own Signal on Snapshot (a space each), or make it one vote.",
          ko: '기구마다 투표를 Snapshot의 신호 노드로 따로 기록하거나(스페이스 하나씩), 투표 하나로 합치세요.',
        },
      },
    );
    report(one.problems);
    if (one.decision === null) continue;
    const decision = votes[0]!.part.node;
    const proposal = unitParts(unit, 'proposal')[0]!.part.node;
    const feeder = view.feeder(decision.id, 'voters');
    const proposers = view.feeder(proposal.id, 'proposers');
    const result = snapshotSpace({
      name: view.document.name,
      chain: { chainId: view.document.chain.chainId },
      decision,
      voters: feeder ? view.node(feeder) : null,
      proposal,
      proposers: proposers ? view.node(proposers) : null,
    });
    if (!result.ok) report(result.diagnostics);
    else spaces.push(unitEntry(unit, { decision: decision.id, signal: unit.anchor }, result.parameters));
  }
  return targetOutput('spaces', spaces, problems);
}
