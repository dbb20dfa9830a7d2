import type { CharterNode } from '../generated/charter-document.ts';
import { getNodeKind } from '../nodes/catalogue.ts';

/** A node's label, or its kind's title when it has none. */
export function nodeLabel(node: CharterNode): string {
  return node.label?.trim() || getNodeKind(node.kind)!.title.en;
}
