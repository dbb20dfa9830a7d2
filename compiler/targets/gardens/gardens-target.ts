import type { GraphView } from '../../compile/graph-view.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import type { ConfigTarget } from '../../generated/charter-config.ts';
import type { ConvictionNode } from '../../generated/charter-document.ts';
import { jsonValue } from '../json-value.ts';
import { targetProblem } from '../target-problem.ts';
import { targetVerdict } from '../target-verdict.ts';
import { gardensCvParams } from './gardens-cv-params.ts';

/** The Gardens target: the CVParams of every conviction-voting node, or exactly why a node cannot have them. */
export function gardensTarget(view: GraphView): ConfigTarget {
  const pools: unknown[] = [];
  const problems: Diagnostic[] = [];
  // In id order, so that the order of nodes in the file never changes the config.
  const nodes = view.document.nodes
    .filter((node) => node.kind === 'conviction')
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const node of nodes) {
    const feeder = view.feeder(node.id, 'voters');
    const result = gardensCvParams({
      conviction: node as ConvictionNode,
      voters: feeder ? view.node(feeder) : null,
      chain: { blockTime: view.document.chain.blockTime },
    });
    if (result.ok) pools.push({ decision: node.id, ...(jsonValue(result.parameters) as object) });
    else problems.push(...result.diagnostics);
  }
  return {
    verdict: targetVerdict(problems, pools.length),
    parameters: { pools },
    problems: problems.map(targetProblem),
  };
}
