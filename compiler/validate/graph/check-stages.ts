import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import type { GraphIndex, IndexedNode } from './graph-index.ts';

/** Checks that the document's `currentStage` names a stage of its stage node, and is set when there is one. */
export function checkStages(index: GraphIndex): Diagnostic[] {
  const stagesOf = (item: IndexedNode) => {
    const flow = item.bound?.flow;
    return flow?.role === 'route' ? flow.stages : [];
  };
  const stageNodes = index.nodes.filter((item) => stagesOf(item).length > 0);
  const current = index.document.currentStage;
  const stageIds = stageNodes.flatMap(stagesOf);
  if (stageNodes.length === 0) {
    if (current === undefined) return [];
    const message = `The document's current stage is "${current}", but it has no Stages node. Remove the current stage, or add a Stages node.`;
    return [createDiagnostic('unknown-stage', message, { field: 'currentStage' })];
  }
  const listed = stageIds.map((id) => `"${id}"`).join(', ');
  if (current === undefined) {
    const message = `The document does not say which stage the DAO is in now. Set its current stage to one of ${listed}.`;
    return [
      createDiagnostic('unknown-stage', message, { field: 'currentStage', nodeId: stageNodes[0]!.node.id }),
    ];
  }
  if (stageIds.includes(current)) return [];
  const message = `The document's current stage "${current}" is not a stage of ${stageNodes.map((item) => item.name).join(', ')}; the stages are ${listed}.`;
  return [
    createDiagnostic('unknown-stage', message, { field: 'currentStage', nodeId: stageNodes[0]!.node.id }),
  ];
}
