import type { CharterDocument, CharterNode } from '../generated/charter-document.ts';
import { type BoundNode, bindNode } from '../nodes/bind-node.ts';

/** A valid document's nodes by id, and its edges by the port they leave or enter. */
export interface GraphView {
  document: CharterDocument;
  node(id: string): CharterNode;
  /** The node bound to its kind (see {@link bindNode}), bound once for the view. */
  bound(id: string): BoundNode;
  /** Nodes an output port leads to, in id order, so that the order of edges in the file never matters. */
  next(nodeId: string, port: string): readonly string[];
  /** Nodes whose flow exits lead into this node, in id order. */
  previous(nodeId: string): readonly string[];
  /** The node feeding an electorate input port (`voters`, `proposers`, `source`), or null. */
  feeder(nodeId: string, port: string): string | null;
}

/** One node with its edges, as the view keeps it. */
interface ViewEntry {
  node: CharterNode;
  bound: BoundNode;
  /** The nodes each output port leads to. */
  out: Map<string, string[]>;
  /** The node feeding each input port (the last edge in the file, when a port has several). */
  into: Map<string, string>;
  /** The nodes whose flow exits lead here. */
  previous: Set<string>;
}

const none: readonly never[] = [];

/**
 * Indexes a document that validated without errors (and has its defaults filled in). Every node is bound once here,
 * and every list the view gives is sorted once here: the compiler asks for them hundreds of thousands of times on a
 * large graph.
 */
export function graphView(document: CharterDocument): GraphView {
  const entries = new Map<string, ViewEntry>();
  for (const node of document.nodes)
    entries.set(node.id, {
      node,
      bound: bindNode(node),
      out: new Map(),
      into: new Map(),
      previous: new Set(),
    });
  for (const edge of document.edges) {
    const from = entries.get(edge.from.node)!;
    const list = from.out.get(edge.from.port);
    if (list) list.push(edge.to.node);
    else from.out.set(edge.from.port, [edge.to.node]);
    const to = entries.get(edge.to.node)!;
    to.into.set(edge.to.port, edge.from.node);
    if (to.bound.ports.find((port) => port.id === edge.to.port)?.type === 'flow')
      to.previous.add(edge.from.node);
  }
  const previous = new Map<string, readonly string[]>();
  for (const [id, entry] of entries) {
    for (const list of entry.out.values()) list.sort();
    if (entry.previous.size > 0) previous.set(id, [...entry.previous].sort());
  }
  return {
    document,
    node: (id) => entries.get(id)!.node,
    bound: (id) => entries.get(id)!.bound,
    next: (nodeId, port) => entries.get(nodeId)?.out.get(port) ?? none,
    previous: (nodeId) => previous.get(nodeId) ?? none,
    feeder: (nodeId, port) => entries.get(nodeId)?.into.get(port) ?? null,
  };
}
