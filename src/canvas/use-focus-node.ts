import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { cardSize } from '../edits/free-spot.ts';
import { useFlowStore } from './flow-store.ts';

/** Selects a node and centres the canvas on it, as clicking a problem does. */
export function useFocusNode(): (nodeId: string) => void {
  const reactFlow = useReactFlow();
  return useCallback(
    (nodeId: string) => {
      useFlowStore.getState().select([nodeId]);
      // From the flow store: on a culled graph React Flow may not hold a node far from the view.
      const node = useFlowStore.getState().nodes.find((candidate) => candidate.id === nodeId);
      if (!node) return;
      const width = node.measured?.width ?? cardSize.width;
      const height = node.measured?.height ?? cardSize.height;
      const { x, y } = node.position;
      void reactFlow.setCenter(x + width / 2, y + height / 2, {
        zoom: Math.max(reactFlow.getZoom(), 1),
        duration: 300,
      });
    },
    [reactFlow],
  );
}
