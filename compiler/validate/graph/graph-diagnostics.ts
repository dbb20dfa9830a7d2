import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import type { CharterDocument } from '../../generated/charter-document.ts';
import { checkCycles } from './check-cycles.ts';
import { checkEdges } from './check-edges.ts';
import { checkElectorates } from './check-electorates.ts';
import { checkIds } from './check-ids.ts';
import { checkPorts } from './check-ports.ts';
import { checkPrecision } from './check-precision.ts';
import { checkProposals } from './check-proposals.ts';
import { checkReachability } from './check-reachability.ts';
import { checkRouting } from './check-routing.ts';
import { checkStages } from './check-stages.ts';
import { indexNodes } from './graph-index.ts';

/**
 * Checks the graph of a defaulted document whose shape is sound. Nodes and edges the schema rejected are not
 * trusted: their ports are not computed and their edges are skipped, so one mistake is reported once.
 */
export function graphDiagnostics(
  document: CharterDocument,
  invalidNodes: ReadonlySet<number>,
  invalidEdges: ReadonlySet<number>,
): Diagnostic[] {
  const index = indexNodes(document, invalidNodes);
  return [
    ...checkIds(document),
    ...checkEdges(index, invalidEdges),
    ...checkPorts(index),
    ...checkProposals(index),
    ...checkCycles(index),
    ...checkReachability(index),
    ...checkRouting(index),
    ...checkStages(index),
    ...checkElectorates(index),
    ...checkPrecision(index),
  ];
}
