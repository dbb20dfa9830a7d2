import { useEffect } from 'react';
import { useOverlayStore } from '../../canvas/overlay-store.ts';
import type { TraceLayer } from './trace-overlay.ts';

/** Shows `layer` as the canvas's `preview` overlay while it is given, and clears it when it is not or on unmount. */
export function useTraceOverlay(layer: TraceLayer | undefined): void {
  useEffect(() => {
    useOverlayStore.getState().setLayer('preview', layer);
  }, [layer]);
  useEffect(() => () => useOverlayStore.getState().setLayer('preview', undefined), []);
}
