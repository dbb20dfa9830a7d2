import { type CharterDocument, type CharterNode, defaultParams } from '../../compiler/index.ts';
import { uniqueId } from './unique-id.ts';

/** Adds a node of `kind` at `position` (canvas units), with its kind's defaults; returns the new node's id too. */
export function addNode(
  document: CharterDocument,
  kind: string,
  position: { x: number; y: number },
): { document: CharterDocument; id: string } {
  const id = uniqueId(kind, new Set(document.nodes.map((node) => node.id)));
  const node = {
    id,
    kind,
    position: { x: Math.round(position.x), y: Math.round(position.y) },
    params: defaultParams(kind),
  } as CharterNode;
  return { document: { ...document, nodes: [...document.nodes, node] }, id };
}
