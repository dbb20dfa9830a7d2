import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react';
import { toPng, toSvg } from 'html-to-image';

/** Room around the graph in an exported image, in pixels at zoom 1. */
const margin = 40;
/** The longest side of an exported image, in pixels, so a huge graph is scaled down rather than failing. */
const maxSide = 8000;

/**
 * The main canvas drawn as an image data URL (PNG or SVG), nodes and edges included, framed on all the nodes:
 * React Flow's documented recipe, html-to-image on `.react-flow__viewport` with the transform that fits the nodes'
 * bounds. html-to-image is pinned to 1.11.11, the last version that keeps React Flow's edges. The SVG embeds the
 * DOM as a foreignObject, so every label stays text, never markup.
 */
export async function exportCanvas(format: 'png' | 'svg', nodes: Node[]): Promise<string> {
  const viewport = document.querySelector<HTMLElement>('.workspace .react-flow__viewport');
  if (!viewport) throw new Error('The canvas is not on the page.');
  const bounds = getNodesBounds(nodes);
  const scale = Math.min(1, maxSide / (bounds.width + 2 * margin), maxSide / (bounds.height + 2 * margin));
  const width = Math.ceil((bounds.width + 2 * margin) * scale);
  const height = Math.ceil((bounds.height + 2 * margin) * scale);
  const fit = getViewportForBounds(bounds, width, height, 0.05, 2, `${Math.round(margin * scale)}px`);
  const app = document.querySelector('.app') ?? document.body;
  const backgroundColor = getComputedStyle(app).getPropertyValue('--bg').trim() || '#ffffff';
  const options = {
    backgroundColor,
    width,
    height,
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${fit.x}px, ${fit.y}px) scale(${fit.zoom})`,
    },
  };
  return format === 'png' ? toPng(viewport, options) : toSvg(viewport, options);
}
