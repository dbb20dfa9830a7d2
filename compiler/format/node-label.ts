import type { CharterNode } from '../generated/charter-document.ts';
import { nodeLabelWords } from './node-label-words.ts';

/** A node's label, or its kind's title when it has none (the kind itself for a kind Charter does not know). */
export function nodeLabel(node: Pick<CharterNode, 'kind' | 'label'>): string {
  return nodeLabelWords(node).en;
}
