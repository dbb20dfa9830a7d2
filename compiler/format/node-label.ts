import type { CharterNode } from '../generated/charter-document.ts';
import { getNodeKind } from '../nodes/catalogue.ts';

/** A node's label, or its kind's title when it has none (the kind itself for a kind Charter does not know). */
export function nodeLabel(node: Pick<CharterNode, 'kind' | 'label'>): string {
  return node.label?.trim() || getNodeKind(node.kind)?.title.en || node.kind;
}
