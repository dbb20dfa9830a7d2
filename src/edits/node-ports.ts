import { type CharterNode, getNodeKind, type PortDefinition } from '../../compiler/index.ts';

/**
 * The ports of a node, from its kind's definition and its params (defaults filled in). A node of an unknown kind,
 * or whose params are too broken for its kind to read, has none; the validator says why.
 */
export function nodePorts(node: Pick<CharterNode, 'kind' | 'params'>): readonly PortDefinition[] {
  const kind = getNodeKind(node.kind);
  if (!kind) return [];
  try {
    return kind.ports(node.params);
  } catch {
    return [];
  }
}
