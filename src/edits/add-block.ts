import {
  type CharterDocument,
  type CharterNode,
  defaultParams,
  type Language,
} from '../../compiler/index.ts';
import type { BuildingBlock } from '../palette/building-blocks.ts';
import { connect } from './connect.ts';
import { uniqueId } from './unique-id.ts';

/**
 * Adds a building block's nodes with their top-left corner at `position` (canvas units), wired as the block says,
 * as one change. Each node takes its key as id where it is free (`vote`, else `vote-2`), its kind's defaults under
 * the block's params, and its label in `language`. Returns the new nodes' ids too.
 */
export function addBlock(
  document: CharterDocument,
  block: BuildingBlock,
  position: { x: number; y: number },
  language: Language,
): { document: CharterDocument; ids: string[] } {
  const taken = new Set(document.nodes.map((node) => node.id));
  const ids = new Map<string, string>();
  const nodes: CharterNode[] = block.nodes.map((node) => {
    const id = uniqueId(node.key, taken);
    taken.add(id);
    ids.set(node.key, id);
    return {
      id,
      kind: node.kind,
      label: node.label[language],
      position: { x: Math.round(position.x + node.at.x), y: Math.round(position.y + node.at.y) },
      params: { ...defaultParams(node.kind), ...node.params },
    } as CharterNode;
  });
  let next: CharterDocument = { ...document, nodes: [...document.nodes, ...nodes] };
  for (const edge of block.edges)
    next = connect(next, {
      from: { node: ids.get(edge.from[0])!, port: edge.from[1] },
      to: { node: ids.get(edge.to[0])!, port: edge.to[1] },
    });
  return { document: next, ids: [...ids.values()] };
}
