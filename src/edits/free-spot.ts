import type { CharterDocument } from '../../compiler/index.ts';
import type { NodeSizes } from './layout-nodes.ts';

/** The room a new card needs, and the default size of a card not measured yet (canvas units). */
export const cardSize = { width: 230, height: 110 };

/** Space kept between a new card and any other. */
const gap = 20;

/** Whether two rectangles (top-left corner and size) overlap, counting `gap` around the first. */
function overlaps(
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
): boolean {
  return (
    a.x - gap < b.x + b.width &&
    b.x < a.x + a.width + gap &&
    a.y - gap < b.y + b.height &&
    b.y < a.y + a.height + gap
  );
}

/**
 * Where to put a new card (or a building block of `size`) near `centre` (canvas units) so that it covers no other
 * card: the free spot on a ring of grid steps around the centre that is nearest to it, searched outwards. Returns
 * the top-left corner.
 */
export function freeSpot(
  document: CharterDocument,
  centre: { x: number; y: number },
  sizes: NodeSizes = new Map(),
  size: { width: number; height: number } = cardSize,
): { x: number; y: number } {
  const cards = document.nodes.map((node) => ({
    ...(node.position ?? { x: 0, y: 0 }),
    ...(sizes.get(node.id) ?? cardSize),
  }));
  const start = {
    x: Math.round(centre.x - size.width / 2),
    y: Math.round(centre.y - size.height / 2),
  };
  const free = (spot: { x: number; y: number }) =>
    !cards.some((card) => overlaps({ ...spot, ...size }, card));
  if (free(start)) return start;
  const stepX = cardSize.width / 2;
  const stepY = cardSize.height / 2;
  for (let ring = 1; ring <= 40; ring++) {
    const spots: { x: number; y: number }[] = [];
    for (let i = -ring; i <= ring; i++)
      for (let j = -ring; j <= ring; j++)
        if (Math.max(Math.abs(i), Math.abs(j)) === ring)
          spots.push({ x: start.x + i * stepX, y: start.y + j * stepY });
    spots.sort((a, b) => Math.hypot(a.x - start.x, a.y - start.y) - Math.hypot(b.x - start.x, b.y - start.y));
    const found = spots.find(free);
    if (found) return { x: Math.round(found.x), y: Math.round(found.y) };
  }
  return start;
}
