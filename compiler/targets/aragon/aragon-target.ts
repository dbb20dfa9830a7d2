import type { GraphView } from '../../compile/graph-view.ts';
import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { nodeLabel } from '../../format/node-label.ts';
import type { ConfigTarget } from '../../generated/charter-config.ts';
import type { MajorityVoteNode, MultisigNode } from '../../generated/charter-document.ts';
import { getNodeKind } from '../../nodes/catalogue.ts';
import { executedDecisions } from '../executed-decisions.ts';
import { jsonValue } from '../json-value.ts';
import { pathProblems } from '../path-problems.ts';
import { proposalFor } from '../proposal-for.ts';
import { targetProblem } from '../target-problem.ts';
import { targetVerdict } from '../target-verdict.ts';
import { aragonMultisig } from './aragon-multisig.ts';
import { aragonTokenVoting } from './aragon-token-voting.ts';

/**
 * The Aragon OSx target: for every decision whose passed proposals an Execute-by-Aragon runs, the TokenVoting
 * plugin's settings (a majority vote) or the Multisig plugin's (a multisig), with their prepareInstallation data,
 * or exactly why the decision cannot run on either plugin. Integers are decimal text.
 */
export function aragonTarget(view: GraphView): ConfigTarget {
  const plugins: unknown[] = [];
  const problems: Diagnostic[] = [];
  const done = new Set<string>();
  for (const path of executedDecisions(view, 'aragon')) {
    const { decision: id, vetoes } = path;
    const onPath = pathProblems(view, path, { title: 'an Aragon DAO', hasTimelock: false });
    problems.push(...onPath);
    if (done.has(id)) continue;
    done.add(id);
    const decision = view.node(id);
    const feeder = view.feeder(id, 'voters');
    const voters = feeder ? view.node(feeder) : null;
    for (const veto of vetoes) {
      const message = `${nodeLabel(view.node(veto))}: Aragon's TokenVoting and Multisig plugins have no veto by a second body; install a second plugin (such as a Multisig for the vetoing body) with permission to cancel, or model it outside Aragon.`;
      problems.push(createDiagnostic('target-unsupported', message, { nodeId: veto }));
    }
    if (decision.kind === 'majority-vote') {
      const proposal = proposalFor(view, id);
      const proposersId = proposal ? view.feeder(proposal.id, 'proposers') : null;
      const result = aragonTokenVoting({
        vote: decision as MajorityVoteNode,
        voters,
        proposal,
        proposers: proposersId ? view.node(proposersId) : null,
      });
      if (!result.ok) problems.push(...result.diagnostics);
      else if (onPath.length === 0) {
        plugins.push({ plugin: 'token-voting', decision: id, ...(jsonValue(result.parameters) as object) });
      }
    } else if (decision.kind === 'multisig') {
      const result = aragonMultisig({ multisig: decision as MultisigNode, voters });
      if (!result.ok) problems.push(...result.diagnostics);
      else if (onPath.length === 0)
        plugins.push({ plugin: 'multisig', decision: id, ...(jsonValue(result.parameters) as object) });
    } else {
      const message = `${nodeLabel(decision)}: Aragon OSx runs a token vote (TokenVoting) or a multisig (Multisig), not a ${getNodeKind(decision.kind)!.title.en.toLowerCase()}.`;
      problems.push(createDiagnostic('target-unsupported', message, { nodeId: id }));
    }
  }
  return {
    verdict: targetVerdict(problems, plugins.length),
    parameters: { plugins },
    problems: problems.map(targetProblem),
  };
}
