import type { CharterDocument, CharterNode } from '../generated/charter-document.ts';

/** A valid document's nodes by id, and its edges by the port they leave or enter. */
export interface GraphView {
  document: CharterDocument;
  node(id: string): CharterNode;
  /** Nodes an output port leads to, in id order, so that the order of edges in the file never matters. */
  next(nodeId: string, port: string): string[];
  /** The node feeding an electorate input port (`voters`, `proposers`, `source`), or null. */
  feeder(nodeId: string, port: string): string | null;
}

/** Indexes a document that validated without errors (and has its defaults filled in). */
export function graphView(document: CharterDocument): GraphView {
  const nodes = new Map(document.nodes.map((node) => [node.id, node]));
  const out = new Map<string, string[]>();
  const into = new Map<string, string>();
  for (const edge of document.edges) {
    const key = `${edge.from.node}\u0000${edge.from.port}`;
    const list = out.get(key);
    if (list) list.push(edge.to.node);
    else out.set(key, [edge.to.node]);
    into.set(`${edge.to.node}\u0000${edge.to.port}`, edge.from.node);
  }
  for (const list of out.values()) list.sort();
  return {
    document,
    node: (id) => nodes.get(id)!,
    next: (nodeId, port) => out.get(`${nodeId}\u0000${port}`) ?? [],
    feeder: (nodeId, port) => into.get(`${nodeId}\u0000${port}`) ?? null,
  };
}
