import type { GraphView } from '../../compile/graph-view.ts';
import type { ConfigTarget } from '../../generated/charter-config.ts';
import { oneDecision } from '../one-decision.ts';
import { problemList } from '../problem-list.ts';
import { targetOutput } from '../target-output.ts';
import { targetUnits } from '../target-units.ts';
import { unitEntry } from '../unit-entry.ts';
import { unitParts } from '../unit-parts.ts';
import { safeSetup } from './safe-setup.ts';

/**
 * The Safe target: for every unit (the paths from a proposal to an Execute by a Safe, in one stage) whose every node a
 * Safe enforces, the Safe's owners, threshold and setup calldata. A Safe enforces one multisig and nothing else on the
 * way (no delay, no veto, no limit on amounts, no vote): anything else is refused, naming the node.
 */
export function safeTarget(view: GraphView): ConfigTarget {
  const safes: unknown[] = [];
  const { units, problems: refused } = targetUnits(view, 'safe');
  const { problems, report } = problemList(refused);
  for (const unit of units) {
    const multisigs = unitParts(unit, 'owners-threshold');
    const one = oneDecision(
      view,
      unit,
      multisigs.map(({ id }) => id),
      {
        title: { en: 'A Safe', ko: 'Safe' },
        decision: { en: 'a multisig (its owners and threshold)', ko: '멀티시그(소유자와 기준)' },
        instead: {
          en: "Make it one Multisig whose Signers are the Safe's owners.",
          ko: 'Safe 소유자를 서명자로 하는 멀티시그 하나로 합치세요.',
        },
      },
    );
    report(one.problems);
    if (one.decision === null) continue;
    const multisig = multisigs[0]!.part.node;
    const feeder = view.feeder(multisig.id, 'voters');
    const result = safeSetup({ multisig, voters: feeder ? view.node(feeder) : null });
    if (!result.ok) report(result.diagnostics);
    else safes.push(unitEntry(unit, { decision: multisig.id, execute: unit.anchor }, result.parameters));
  }
  return targetOutput('safes', safes, problems);
}
