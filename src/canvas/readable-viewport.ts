/** A rectangle in canvas units. */
export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A React Flow viewport: the screen offset of the canvas origin, in pixels, and the zoom. */
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/**
 * The lowest zoom a fit goes to: card text (14.5–16 px at zoom 1) stays at 11 px or more on screen. A graph too
 * large to fit at this zoom is shown from its left edge, where a proposal starts, and the rest is a pan away.
 */
export const readableZoom = 0.76;

/** The zoom a fit never exceeds, so a lone node is not blown up. */
export const fitMaxZoom = 1.2;

/** Pixels kept free around the graph, and around the minimap, when fitting. */
const margin = 32;

/**
 * The viewport that shows `bounds` in a pane of `pane` pixels as large as it can, but never below
 * {@link readableZoom} and never under the minimap (`minimap` pixels, in the pane's bottom-right corner): the
 * minimap's width is kept free on the right, or its height at the bottom, whichever leaves the larger zoom.
 */
export function readableViewport(
  bounds: Bounds,
  pane: { width: number; height: number },
  minimap: { width: number; height: number } | undefined,
): Viewport {
  const width = Math.max(bounds.width, 1);
  const height = Math.max(bounds.height, 1);
  const fitIn = (free: { width: number; height: number }) => ({
    free,
    zoom: Math.min((free.width - 2 * margin) / width, (free.height - 2 * margin) / height, fitMaxZoom),
  });
  const whole = { width: pane.width, height: pane.height };
  const candidates = minimap
    ? [
        fitIn({ width: pane.width - minimap.width - margin, height: pane.height }),
        fitIn({ width: pane.width, height: pane.height - minimap.height - margin }),
      ]
    : [fitIn(whole)];
  const best = candidates.reduce((a, b) => (b.zoom > a.zoom ? b : a));
  const zoom = Math.max(best.zoom, readableZoom);
  const free = best.free;
  // Centred when it fits; otherwise its left edge at the margin, and centred (or its top at the margin) up and down.
  const x =
    width * zoom <= free.width - 2 * margin
      ? (free.width - width * zoom) / 2 - bounds.x * zoom
      : margin - bounds.x * zoom;
  const y =
    height * zoom <= free.height - 2 * margin
      ? (free.height - height * zoom) / 2 - bounds.y * zoom
      : margin - bounds.y * zoom;
  return { x, y, zoom };
}
