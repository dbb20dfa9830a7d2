import type { CharterDocument, CharterNode } from '../generated/charter-document.ts';
import { bindNode } from '../nodes/bind-node.ts';

/** A valid document's nodes by id, and its edges by the port they leave or enter. */
export interface GraphView {
  document: CharterDocument;
  node(id: string): CharterNode;
  /** Nodes an output port leads to, in id order, so that the order of edges in the file never matters. */
  next(nodeId: string, port: string): string[];
  /** Nodes whose flow exits lead into this node, in id order. */
  previous(nodeId: string): string[];
  /** The flow exits that lead into this node: which node, by which port; in id order. */
  entering(nodeId: string): { node: string; port: string }[];
  /** The node feeding an electorate input port (`voters`, `proposers`, `source`), or null. */
  feeder(nodeId: string, port: string): string | null;
}

/** Indexes a document that validated without errors (and has its defaults filled in). */
export function graphView(document: CharterDocument): GraphView {
  const nodes = new Map(document.nodes.map((node) => [node.id, node]));
  const out = new Map<string, string[]>();
  const into = new Map<string, string>();
  const back = new Map<string, Set<string>>();
  const enteringBy = new Map<string, { node: string; port: string }[]>();
  for (const edge of document.edges) {
    const key = `${edge.from.node}\u0000${edge.from.port}`;
    const list = out.get(key);
    if (list) list.push(edge.to.node);
    else out.set(key, [edge.to.node]);
    into.set(`${edge.to.node}\u0000${edge.to.port}`, edge.from.node);
    const target = nodes.get(edge.to.node);
    const port = target && bindNode(target).ports.find((p) => p.id === edge.to.port);
    if (port?.type === 'flow') {
      back.set(edge.to.node, (back.get(edge.to.node) ?? new Set()).add(edge.from.node));
      enteringBy.set(edge.to.node, [...(enteringBy.get(edge.to.node) ?? []), { ...edge.from }]);
    }
  }
  for (const list of out.values()) list.sort();
  return {
    document,
    node: (id) => nodes.get(id)!,
    next: (nodeId, port) => out.get(`${nodeId}\u0000${port}`) ?? [],
    previous: (nodeId) => [...(back.get(nodeId) ?? [])].sort(),
    entering: (nodeId) =>
      [...(enteringBy.get(nodeId) ?? [])].sort((a, b) =>
        a.node === b.node ? (a.port < b.port ? -1 : 1) : a.node < b.node ? -1 : 1,
      ),
    feeder: (nodeId, port) => into.get(`${nodeId}\u0000${port}`) ?? null,
  };
}
