import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import { cardSize } from '../edits/free-spot.ts';
import { minimapShown, minimapSize, useCanvasViewStore } from './canvas-view-store.ts';
import { useFlowStore } from './flow-store.ts';
import { readableViewport } from './readable-viewport.ts';

/**
 * Fits the graph into view at a readable zoom (see {@link readableViewport}), keeping it out from under the
 * minimap when the minimap is open. The canvas, the toolbar's layout and Shift+F all fit this way.
 */
export function useFitReadable(): (options?: { duration?: number }) => void {
  const reactFlow = useReactFlow();
  const store = useStoreApi();
  return useCallback(
    (options = {}) => {
      // From the flow store, not React Flow: on a culled graph React Flow holds only the nodes near the view.
      const nodes = useFlowStore.getState().nodes;
      if (nodes.length === 0) return;
      const { width, height } = store.getState();
      if (width === 0 || height === 0) return;
      let left = Number.POSITIVE_INFINITY;
      let top = Number.POSITIVE_INFINITY;
      let right = Number.NEGATIVE_INFINITY;
      let bottom = Number.NEGATIVE_INFINITY;
      for (const node of nodes) {
        left = Math.min(left, node.position.x);
        top = Math.min(top, node.position.y);
        right = Math.max(right, node.position.x + (node.measured?.width ?? cardSize.width));
        bottom = Math.max(bottom, node.position.y + (node.measured?.height ?? cardSize.height));
      }
      const viewport = readableViewport(
        { x: left, y: top, width: right - left, height: bottom - top },
        { width, height },
        minimapShown(useCanvasViewStore.getState().minimap, { width, height }) ? minimapSize : undefined,
      );
      void reactFlow.setViewport(viewport, options.duration ? { duration: options.duration } : undefined);
    },
    [reactFlow, store],
  );
}
