import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import { minimapShown, useCanvasViewStore } from './canvas-view-store.ts';
import { readableViewport } from './readable-viewport.ts';

/** The minimap's size on screen (React Flow's default), to keep the graph from under it. */
const minimapSize = { width: 200, height: 150 };

/**
 * Fits the graph into view at a readable zoom (see {@link readableViewport}), keeping it out from under the
 * minimap when the minimap is open. The canvas, the toolbar's layout and Shift+F all fit this way.
 */
export function useFitReadable(): (options?: { duration?: number }) => void {
  const reactFlow = useReactFlow();
  const store = useStoreApi();
  return useCallback(
    (options = {}) => {
      const nodes = reactFlow.getNodes();
      if (nodes.length === 0) return;
      const { width, height } = store.getState();
      if (width === 0 || height === 0) return;
      const viewport = readableViewport(
        reactFlow.getNodesBounds(nodes),
        { width, height },
        minimapShown(useCanvasViewStore.getState().minimap, { width, height }) ? minimapSize : undefined,
      );
      void reactFlow.setViewport(viewport, options.duration ? { duration: options.duration } : undefined);
    },
    [reactFlow, store],
  );
}
