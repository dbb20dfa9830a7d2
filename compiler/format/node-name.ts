import { getNodeKind } from '../nodes/catalogue.ts';
import { ordinal } from './ordinal.ts';

/**
 * How messages name a node: its label when it has one ("Token vote"), else its kind and id
 * ('Majority vote "vote-1"'), else its place in the list ("The 3rd node").
 */
export function nodeName(node: unknown, index?: number): string {
  const record = (typeof node === 'object' && node !== null ? node : {}) as Record<string, unknown>;
  if (typeof record.label === 'string' && record.label.trim() !== '') return record.label.trim();
  const title = typeof record.kind === 'string' ? getNodeKind(record.kind)?.title.en : undefined;
  if (typeof record.id === 'string') return `${title ?? 'Node'} "${record.id}"`;
  return index === undefined ? 'A node' : `The ${ordinal(index)} node`;
}
