import type { GraphView } from '../../compile/graph-view.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import type { ConfigTarget } from '../../generated/charter-config.ts';
import { executedDecisions } from '../executed-decisions.ts';
import { jsonValue } from '../json-value.ts';
import { pathProblems } from '../path-problems.ts';
import { proposalFor } from '../proposal-for.ts';
import { targetProblem } from '../target-problem.ts';
import { targetVerdict } from '../target-verdict.ts';
import { snapshotSpace } from './snapshot-space.ts';

/**
 * The Snapshot target: for every decision whose result is recorded on Snapshot (a Signal with platform
 * `snapshot`), the settings of a Snapshot space that runs it, or exactly why Snapshot cannot.
 */
export function snapshotTarget(view: GraphView): ConfigTarget {
  const spaces: unknown[] = [];
  const problems: Diagnostic[] = [];
  const done = new Set<string>();
  for (const path of executedDecisions(view, 'snapshot')) {
    const { decision: id } = path;
    const onPath = pathProblems(view, path, { title: 'Snapshot', hasTimelock: true });
    problems.push(...onPath);
    if (done.has(id)) continue;
    done.add(id);
    const feeder = view.feeder(id, 'voters');
    const proposal = proposalFor(view, id);
    const proposers = proposal ? view.feeder(proposal.id, 'proposers') : null;
    const result = snapshotSpace({
      name: view.document.name,
      chain: { chainId: view.document.chain.chainId },
      decision: view.node(id),
      voters: feeder ? view.node(feeder) : null,
      proposal,
      proposers: proposers ? view.node(proposers) : null,
    });
    if (result.ok && onPath.length === 0)
      spaces.push({ decision: id, ...(jsonValue(result.parameters) as object) });
    else if (!result.ok) problems.push(...result.diagnostics);
  }
  return {
    verdict: targetVerdict(problems, spaces.length),
    parameters: { spaces },
    problems: problems.map(targetProblem),
  };
}
