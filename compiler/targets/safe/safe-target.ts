import type { GraphView } from '../../compile/graph-view.ts';
import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { nodeLabel } from '../../format/node-label.ts';
import type { ConfigTarget } from '../../generated/charter-config.ts';
import type { MultisigNode } from '../../generated/charter-document.ts';
import { executedDecisions } from '../executed-decisions.ts';
import { jsonValue } from '../json-value.ts';
import { pathProblems } from '../path-problems.ts';
import { targetProblem } from '../target-problem.ts';
import { targetVerdict } from '../target-verdict.ts';
import { safeSetup } from './safe-setup.ts';

/**
 * The Safe target: for every multisig whose passed proposals an Execute-by-Safe runs, the Safe's owners, threshold
 * and setup calldata. A Safe that executes what another kind of decision passed (a token vote, say) has owners the
 * rules do not name, which is reported rather than guessed.
 */
export function safeTarget(view: GraphView): ConfigTarget {
  const safes: unknown[] = [];
  const problems: Diagnostic[] = [];
  const done = new Set<string>();
  for (const path of executedDecisions(view, 'safe')) {
    const { decision: id, execute } = path;
    const onPath = pathProblems(view, path, { title: 'a Safe', hasTimelock: false });
    problems.push(...onPath);
    if (done.has(id)) continue;
    done.add(id);
    const decision = view.node(id);
    if (decision.kind !== 'multisig') {
      const message = `${nodeLabel(view.node(execute))}: a Safe executes what ${nodeLabel(decision)} passes, but the rules do not say who owns that Safe or how many must sign. Add a Multisig with its Signers before the execution, or execute by a governor.`;
      problems.push(createDiagnostic('target-unsupported', message, { nodeId: execute }));
      continue;
    }
    const feeder = view.feeder(id, 'voters');
    const result = safeSetup({
      multisig: decision as MultisigNode,
      voters: feeder ? view.node(feeder) : null,
    });
    if (result.ok && onPath.length === 0)
      safes.push({ decision: id, ...(jsonValue(result.parameters) as object) });
    else if (!result.ok) problems.push(...result.diagnostics);
  }
  return {
    verdict: targetVerdict(problems, safes.length),
    parameters: { safes },
    problems: problems.map(targetProblem),
  };
}
