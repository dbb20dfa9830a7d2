import { nodeNameWords } from './node-name-words.ts';

/**
 * How English messages name a node: its label when it has one ("Token vote"), else its kind and id
 * ('Majority vote "vote-1"'), else its place in the list ("The 3rd node"). {@link nodeNameWords} gives both languages.
 */
export function nodeName(node: unknown, index?: number): string {
  return nodeNameWords(node, index).en;
}
