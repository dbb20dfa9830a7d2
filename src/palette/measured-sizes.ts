import { useFlowStore } from '../canvas/flow-store.ts';
import type { NodeSizes } from '../edits/layout-nodes.ts';

/** The size React Flow measured of each card drawn so far (canvas units), for finding free room beside them. */
export function measuredSizes(): NodeSizes {
  return new Map(
    useFlowStore
      .getState()
      .nodes.filter((node) => node.measured?.width && node.measured.height)
      .map((node) => [node.id, { width: node.measured!.width!, height: node.measured!.height! }]),
  );
}
