import { getNodeKind } from '../nodes/catalogue.ts';
import type { Localized } from '../nodes/node-kind.ts';
import { ordinal } from './ordinal.ts';

/**
 * How messages name a node, in both languages: its label when it has one ("Token vote", the same in both), else its
 * kind and id ('Majority vote "vote-1"', '다수결 투표 "vote-1"'), else its place in the list ("The 3rd node",
 * "3번째 노드").
 */
export function nodeNameWords(node: unknown, index?: number): Localized {
  const record = (typeof node === 'object' && node !== null ? node : {}) as Record<string, unknown>;
  if (typeof record.label === 'string' && record.label.trim() !== '') {
    const label = record.label.trim();
    return { en: label, ko: label };
  }
  const title = typeof record.kind === 'string' ? getNodeKind(record.kind)?.title : undefined;
  if (typeof record.id === 'string') {
    return { en: `${title?.en ?? 'Node'} "${record.id}"`, ko: `${title?.ko ?? '노드'} "${record.id}"` };
  }
  return index === undefined
    ? { en: 'A node', ko: '어떤 노드' }
    : { en: `The ${ordinal(index)} node`, ko: `${index + 1}번째 노드` };
}
