import { bindNode, type CharterNode, type PortDefinition } from '../../compiler/index.ts';

/**
 * The ports of a node, from its kind's definition and its params (defaults filled in). A node of an unknown kind,
 * or whose params are too broken for its kind to read, has none; the validator says why.
 */
export function nodePorts(node: Pick<CharterNode, 'kind' | 'params'>): readonly PortDefinition[] {
  try {
    return bindNode(node).ports;
  } catch {
    return [];
  }
}
