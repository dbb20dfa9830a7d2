import type { CharterDocument } from '../../compiler/index.ts';

/** Moves nodes to new canvas positions (rounded to whole units). Returns the same document if none moved. */
export function moveNodes(
  document: CharterDocument,
  positions: ReadonlyMap<string, { x: number; y: number }>,
): CharterDocument {
  let moved = false;
  const nodes = document.nodes.map((node) => {
    const to = positions.get(node.id);
    if (!to) return node;
    const position = { x: Math.round(to.x), y: Math.round(to.y) };
    if (node.position?.x === position.x && node.position?.y === position.y) return node;
    moved = true;
    return { ...node, position };
  });
  return moved ? { ...document, nodes } : document;
}
