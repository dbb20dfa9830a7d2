import { nodeNameWords } from '../../format/node-name-words.ts';
import type { CharterDocument, CharterEdge, CharterNode } from '../../generated/charter-document.ts';
import { type BoundNode, bindNode } from '../../nodes/bind-node.ts';
import { getNodeKind } from '../../nodes/catalogue.ts';
import type { Localized, NodeKindDefinition, PortDefinition, PortType } from '../../nodes/node-kind.ts';

/** A node as the graph checks see it. */
export interface IndexedNode {
  node: CharterNode;
  /** Place in the document's `nodes` list. */
  index: number;
  /** How English messages name it. */
  name: string;
  /** How messages name it, in both languages. */
  words: Localized;
  /** Undefined for a kind Charter does not know. */
  definition: NodeKindDefinition | undefined;
  /** The node bound to its kind; undefined when the kind is unknown or the params failed the schema. */
  bound: BoundNode | undefined;
  /** Its ports (undefined with `bound`: then they cannot be trusted). */
  ports: readonly PortDefinition[] | undefined;
  /** The wired edges at each of its ports, by direction and port id (see {@link edgesAt}). */
  edges: { in: Map<string, WiredEdge[]>; out: Map<string, WiredEdge[]> };
}

/** An edge whose two nodes exist. `type` is undefined when neither end's ports are known. */
export interface WiredEdge {
  edge: CharterEdge;
  from: IndexedNode;
  to: IndexedNode;
  type: PortType | undefined;
}

/** What every graph check reads: nodes by id, and the edges that join existing nodes. */
export interface GraphIndex {
  document: CharterDocument;
  /** The first node of each id, in document order (later nodes with a taken id are reported and ignored). */
  nodes: readonly IndexedNode[];
  byId: ReadonlyMap<string, IndexedNode>;
  edges: WiredEdge[];
}

/** Indexes a defaulted document's nodes; the edges are added by the edge check. */
export function indexNodes(document: CharterDocument, invalidNodes: ReadonlySet<number>): GraphIndex {
  const byId = new Map<string, IndexedNode>();
  document.nodes.forEach((node, index) => {
    if (byId.has(node.id)) return; // a later node with a taken id is reported once, by checkIds, and then ignored
    const definition = getNodeKind(node.kind);
    const bound = definition && !invalidNodes.has(index) ? bindNode(node) : undefined;
    const edges = { in: new Map(), out: new Map() };
    byId.set(node.id, {
      node,
      index,
      name: nodeNameWords(node, index).en,
      words: nodeNameWords(node, index),
      definition,
      bound,
      ports: bound?.ports,
      edges,
    });
  });
  return { document, nodes: [...byId.values()], byId, edges: [] };
}

/** Records a wired edge at both of its ports. */
export function addEdge(index: GraphIndex, wired: WiredEdge): void {
  index.edges.push(wired);
  atPort(wired.from.edges.out, wired.edge.from.port, wired);
  atPort(wired.to.edges.in, wired.edge.to.port, wired);
}

function atPort(edges: Map<string, WiredEdge[]>, port: string, wired: WiredEdge): void {
  const list = edges.get(port);
  if (list) list.push(wired);
  else edges.set(port, [wired]);
}

/** The wired edges at one port of a node. */
export function edgesAt(item: IndexedNode, port: PortDefinition): readonly WiredEdge[] {
  return item.edges[port.direction].get(port.id) ?? [];
}
