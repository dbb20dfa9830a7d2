import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { useFlowStore } from './flow-store.ts';

/** Selects a node and centres the canvas on it, as clicking a problem does. */
export function useFocusNode(): (nodeId: string) => void {
  const reactFlow = useReactFlow();
  return useCallback(
    (nodeId: string) => {
      useFlowStore.getState().select([nodeId]);
      const node = reactFlow.getInternalNode(nodeId);
      if (!node) return;
      const width = node.measured.width ?? 220;
      const height = node.measured.height ?? 90;
      const { x, y } = node.internals.positionAbsolute;
      void reactFlow.setCenter(x + width / 2, y + height / 2, {
        zoom: Math.max(reactFlow.getZoom(), 1),
        duration: 300,
      });
    },
    [reactFlow],
  );
}
