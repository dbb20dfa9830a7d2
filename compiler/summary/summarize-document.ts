import { hasDocumentShape } from '../document/document-shape.ts';
import { withDefaults } from '../document/with-defaults.ts';
import { nodeName } from '../format/node-name.ts';
import type { CharterDocument } from '../generated/charter-document.ts';
import { bindNode } from '../nodes/bind-node.ts';
import { getNodeKind } from '../nodes/catalogue.ts';
import { type Language, type NodeGroup, nodeGroups } from '../nodes/node-kind.ts';

/** One node in a document summary. */
export interface NodeSummary {
  id: string;
  kind: string;
  /** The label, or the kind and id when there is none. */
  name: string;
  group: NodeGroup | undefined;
  /** Key parameters in words, as the canvas shows them; empty when the node's params are not valid. */
  summary: string;
}

/** A short account of a document: what it is, where it runs and what its nodes do. */
export interface DocumentSummary {
  name: string;
  chainId: number;
  blockTime: number;
  clockMode: string;
  currentStage: string | undefined;
  proposalTypes: string[];
  nodeCount: number;
  edgeCount: number;
  /** How many nodes of each palette group, in palette order, leaving out empty groups. */
  groups: Partial<Record<NodeGroup, number>>;
  nodes: NodeSummary[];
}

/**
 * Summarises a document that loaded (valid or not) for the CLI and the app's document list. Nodes whose params do
 * not pass the schema, or whose kind is unknown, get an empty summary; `invalidNodeIds` names them.
 */
export function summarizeDocument(
  document: CharterDocument,
  language: Language = 'en',
  invalidNodeIds: ReadonlySet<string> = new Set(),
): DocumentSummary {
  const filled = hasDocumentShape(document) ? withDefaults(document) : document;
  const groups: Partial<Record<NodeGroup, number>> = {};
  const nodes = filled.nodes.map((node, index): NodeSummary => {
    const definition = getNodeKind(node.kind);
    if (definition) groups[definition.group] = (groups[definition.group] ?? 0) + 1;
    const summary = definition && !invalidNodeIds.has(node.id) ? bindNode(node).summary(language) : '';
    return { id: node.id, kind: node.kind, name: nodeName(node, index), group: definition?.group, summary };
  });
  const ordered = Object.fromEntries(
    nodeGroups.filter((group) => groups[group]).map((group) => [group, groups[group]]),
  );
  const proposalTypes = filled.nodes.flatMap((node) => {
    if (!getNodeKind(node.kind) || invalidNodeIds.has(node.id)) return [];
    const flow = bindNode(node).flow;
    return flow.role === 'entry' ? flow.types : [];
  });
  return {
    name: String(filled.name ?? ''),
    chainId: filled.chain?.chainId,
    blockTime: filled.chain?.blockTime,
    clockMode: filled.chain?.clockMode,
    currentStage: filled.currentStage,
    proposalTypes,
    nodeCount: filled.nodes.length,
    edgeCount: filled.edges.length,
    groups: ordered,
    nodes,
  };
}
