import type { CharterNode } from '../generated/charter-document.ts';
import { getNodeKind } from '../nodes/catalogue.ts';
import type { Localized } from '../nodes/node-kind.ts';

/** A node's label in both languages, or its kind's title when it has none (the kind itself for an unknown kind). */
export function nodeLabelWords(node: Pick<CharterNode, 'kind' | 'label'>): Localized {
  const label = node.label?.trim();
  if (label) return { en: label, ko: label };
  return getNodeKind(node.kind)?.title ?? { en: node.kind, ko: node.kind };
}
