import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { say } from '../../diagnostics/say.ts';
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
    const message = say('graph.stage-without-stages', { current });
    return [createDiagnostic('unknown-stage', message, { field: 'currentStage' })];
  }
  const stages = stageIds.map((id) => `"${id}"`).join(', ');
  if (current === undefined) {
    const message = say('graph.stage-not-set', { stages });
    return [
      createDiagnostic('unknown-stage', message, { field: 'currentStage', nodeId: stageNodes[0]!.node.id }),
    ];
  }
  if (stageIds.includes(current)) return [];
  const nodes = {
    en: stageNodes.map((item) => item.words.en).join(', '),
    ko: stageNodes.map((item) => item.words.ko).join(', '),
  };
  const message = say('graph.stage-unknown', { current, nodes, stages });
  return [
    createDiagnostic('unknown-stage', message, { field: 'currentStage', nodeId: stageNodes[0]!.node.id }),
  ];
}
