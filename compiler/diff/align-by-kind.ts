import type { CharterDocument } from '../generated/charter-document.ts';

/**
 * `other` with its node ids renamed to those of `design`'s nodes of the same kind, wherever each of the two has
 * exactly one node of that kind (a document imported from a chain names its nodes its own way), so that a diff
 * compares the vote with the vote rather than listing one removed and one added. Nodes of a kind that either side
 * has several of, or that clash with an id already taken, keep their ids.
 */
export function alignByKind(other: CharterDocument, design: CharterDocument): CharterDocument {
  const single = (document: CharterDocument) => {
    const counts = new Map<string, number>();
    for (const node of document.nodes) counts.set(node.kind, (counts.get(node.kind) ?? 0) + 1);
    return new Map(
      document.nodes.filter((node) => counts.get(node.kind) === 1).map((node) => [node.kind, node.id]),
    );
  };
  const theirs = single(other);
  const ours = single(design);
  const rename = new Map<string, string>();
  for (const [kind, id] of theirs) {
    const target = ours.get(kind);
    if (target !== undefined) rename.set(id, target);
  }
  // A kept id must not collide with a renamed one.
  const taken = new Set(rename.values());
  for (const node of other.nodes)
    if (!rename.has(node.id) && taken.has(node.id)) rename.set(node.id, `${node.id}-imported`);
  const id = (value: string) => rename.get(value) ?? value;
  return {
    ...other,
    nodes: other.nodes.map((node) => ({ ...node, id: id(node.id) })),
    edges: other.edges.map((edge) => ({
      ...edge,
      from: { ...edge.from, node: id(edge.from.node) },
      to: { ...edge.to, node: id(edge.to.node) },
    })),
  };
}
