import type { CharterDocument } from '../../compiler/generated/charter-document.ts';

/** A node as a test writes it: params default to none (the kind's defaults fill them in). */
export type Node = { id: string; kind: string; label?: string; params?: Record<string, unknown> };

/** A document from nodes and edges written `from.port -> to.port`. */
export function document(nodes: Node[], edges: string[]): CharterDocument {
  return {
    charter: '1',
    name: 'Issue 13',
    description: '',
    chain: { chainId: 1, blockTime: 12, clockMode: 'blocknumber' },
    nodes: nodes.map((node) => ({ params: {}, ...node })),
    edges: edges.map((edge, i) => {
      const [from, to] = edge.split(' -> ') as [string, string];
      const [fromNode, fromPort] = from.split('.') as [string, string];
      const [toNode, toPort] = to.split('.') as [string, string];
      return {
        id: `e${i + 1}`,
        from: { node: fromNode, port: fromPort },
        to: { node: toNode, port: toPort },
      };
    }),
  } as unknown as CharterDocument;
}
