import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { say } from '../../diagnostics/say.ts';
import type { GraphIndex, IndexedNode } from './graph-index.ts';

/**
 * Warns about steps no proposal can reach (walking flow edges from every proposal node) and about electorates no
 * reachable step uses (walking electorate edges back from the reachable steps, through weightings).
 */
export function checkReachability(index: GraphIndex): Diagnostic[] {
  const reached = new Set<IndexedNode>(index.nodes.filter((item) => item.definition?.flow.role === 'entry'));
  const flowNext = new Map<IndexedNode, IndexedNode[]>();
  const electorateFrom = new Map<IndexedNode, IndexedNode[]>();
  const link = (map: Map<IndexedNode, IndexedNode[]>, key: IndexedNode, value: IndexedNode) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  // An edge of unknown type (a node whose params are broken) counts both ways, so it hides nothing downstream.
  for (const wired of index.edges) {
    if (wired.type !== 'electorate') link(flowNext, wired.from, wired.to);
    if (wired.type !== 'flow') link(electorateFrom, wired.to, wired.from);
  }
  const queue = [...reached];
  while (queue.length > 0) {
    for (const next of flowNext.get(queue.pop()!) ?? []) {
      if (!reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  const used = new Set<IndexedNode>();
  const back = [...reached];
  while (back.length > 0) {
    for (const source of electorateFrom.get(back.pop()!) ?? []) {
      if (!used.has(source)) {
        used.add(source);
        back.push(source);
      }
    }
  }
  const diagnostics: Diagnostic[] = [];
  for (const item of index.nodes) {
    if (!item.definition || reached.has(item) || used.has(item)) continue;
    const isElectorate = item.definition.group === 'electorates';
    const message = say(isElectorate ? 'graph.unused-electorate' : 'graph.unreachable-step', {
      node: item.words,
    });
    diagnostics.push(createDiagnostic('unreachable', message, { nodeId: item.node.id }));
  }
  return diagnostics;
}
