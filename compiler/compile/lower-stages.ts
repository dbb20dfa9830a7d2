import type { ConfigStage } from '../generated/charter-config.ts';
import type { GraphView } from './graph-view.ts';

/** The stages of decentralization, in order, with their criteria to move on and which one is current. */
export function lowerStages(view: GraphView): ConfigStage[] {
  return view.document.nodes.flatMap((node) =>
    view
      .bound(node.id)
      .declaredStages()
      .map((stage) => ({
        id: stage.id,
        name: stage.name,
        current: stage.id === view.document.currentStage,
        criteria: stage.criteria,
      })),
  );
}
