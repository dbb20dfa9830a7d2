import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { say } from '../../diagnostics/say.ts';
import type { GraphIndex, IndexedNode } from './graph-index.ts';

/** The flow successors of each node (edges of unknown type count, so a broken node hides no loop). */
function flowSuccessors(index: GraphIndex): Map<IndexedNode, IndexedNode[]> {
  const next = new Map<IndexedNode, IndexedNode[]>(index.nodes.map((item) => [item, []]));
  for (const wired of index.edges) if (wired.type !== 'electorate') next.get(wired.from)?.push(wired.to);
  return next;
}

/**
 * Finds loops in the proposal flow with Tarjan's strongly connected components, iteratively so that a long chain
 * cannot overflow the stack. Reports each loop once, at its first node in document order.
 */
export function checkCycles(index: GraphIndex): Diagnostic[] {
  const next = flowSuccessors(index);
  const order = new Map<IndexedNode, number>();
  const low = new Map<IndexedNode, number>();
  const onStack = new Set<IndexedNode>();
  const stack: IndexedNode[] = [];
  const loops: IndexedNode[][] = [];
  let counter = 0;
  for (const start of index.nodes) {
    if (order.has(start)) continue;
    const work: { node: IndexedNode; child: number }[] = [{ node: start, child: 0 }];
    order.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work.at(-1)!;
      const successors = next.get(frame.node)!;
      if (frame.child < successors.length) {
        const successor = successors[frame.child++]!;
        if (!order.has(successor)) {
          order.set(successor, counter);
          low.set(successor, counter++);
          stack.push(successor);
          onStack.add(successor);
          work.push({ node: successor, child: 0 });
        } else if (onStack.has(successor)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, order.get(successor)!));
        }
        continue;
      }
      work.pop();
      const parent = work.at(-1);
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) !== order.get(frame.node)) continue;
      const component: IndexedNode[] = [];
      let member: IndexedNode;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      const selfLoop = component.length === 1 && successors.includes(frame.node);
      if (component.length > 1 || selfLoop) loops.push(component.sort((a, b) => a.index - b.index));
    }
  }
  return loops
    .sort((a, b) => a[0]!.index - b[0]!.index)
    .map((loop) => {
      const nodes = {
        en: loop.map((item) => item.words.en).join(', '),
        ko: loop.map((item) => item.words.ko).join(', '),
      };
      const message =
        loop.length === 1 ? say('graph.self-loop', { node: loop[0]!.words }) : say('graph.cycle', { nodes });
      return createDiagnostic('flow-cycle', message, { nodeId: loop[0]!.node.id });
    });
}
