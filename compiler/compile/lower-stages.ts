import type { ConfigStage } from '../generated/charter-config.ts';
import type { StageParams } from '../generated/charter-document.ts';
import type { GraphView } from './graph-view.ts';

/** The stages of decentralization, in order, with their criteria to move on and which one is current. */
export function lowerStages(view: GraphView): ConfigStage[] {
  return view.document.nodes
    .filter((node) => node.kind === 'stage')
    .flatMap((node) =>
      (node.params as StageParams).stages.map((stage) => ({
        id: stage.id,
        name: stage.name,
        current: stage.id === view.document.currentStage,
        criteria: stage.criteria.map((criterion) => ({
          metric: criterion.metric,
          threshold: criterion.threshold ?? null,
          text: criterion.text,
        })),
      })),
    );
}
