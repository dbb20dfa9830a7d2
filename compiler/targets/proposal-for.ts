import type { GraphView } from '../compile/graph-view.ts';
import type { ProposalNode } from '../generated/charter-document.ts';

/** The proposal node whose proposals reach a decision: the first found walking back along the flow. */
export function proposalFor(view: GraphView, decision: string): ProposalNode | undefined {
  const stack = [decision];
  const seen = new Set<string>();
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const node = view.node(id);
    if (node.kind === 'proposal') return node as ProposalNode;
    stack.push(...view.previous(id));
  }
  return undefined;
}
