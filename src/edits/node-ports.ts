import { bindNode, type CharterNode, type PortDefinition } from '../../compiler/index.ts';
import { addBranchPortDefinition, branchLists, withBranchList } from './branch-lists.ts';

function kindPorts(node: Pick<CharterNode, 'kind' | 'params'>): readonly PortDefinition[] {
  try {
    return bindNode(node).ports;
  } catch {
    // A branching node with no list yet still has its input and fixed outputs.
    try {
      return node === withBranchList(node) ? [] : bindNode(withBranchList(node)).ports;
    } catch {
      return [];
    }
  }
}

/**
 * The ports of a node, from its kind's definition and its params (defaults filled in), and for a branching node
 * the "Add a branch" output after them. A node of an unknown kind, or whose params are too broken for its kind to
 * read, has none; the validator says why.
 */
export function nodePorts(node: Pick<CharterNode, 'kind' | 'params'>): readonly PortDefinition[] {
  const ports = kindPorts(node);
  return branchLists[node.kind] && ports.length > 0 ? [...ports, addBranchPortDefinition] : ports;
}
