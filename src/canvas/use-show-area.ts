import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import { minimapShown, minimapSize, useCanvasViewStore } from './canvas-view-store.ts';
import { type Bounds, readableViewport } from './readable-viewport.ts';

/**
 * Brings an area of the canvas (canvas units) into view when it is not wholly on screen, as a fit would show it:
 * as large as it can be, never below the readable zoom, and from its left edge when it is wider than the pane. A
 * building block dropped on a small window (1024×700) would otherwise reach past the canvas's edges unseen.
 */
export function useShowArea(): (area: Bounds) => void {
  const reactFlow = useReactFlow();
  const store = useStoreApi();
  return useCallback(
    (area: Bounds) => {
      const { width, height, transform } = store.getState();
      if (width === 0 || height === 0) return;
      const [x, y, zoom] = transform;
      const onScreen =
        area.x * zoom + x >= 0 &&
        area.y * zoom + y >= 0 &&
        (area.x + area.width) * zoom + x <= width &&
        (area.y + area.height) * zoom + y <= height;
      if (onScreen) return;
      const minimap = minimapShown(useCanvasViewStore.getState().minimap, { width, height });
      void reactFlow.setViewport(
        readableViewport(area, { width, height }, minimap ? minimapSize : undefined),
        {
          duration: 300,
        },
      );
    },
    [reactFlow, store],
  );
}
