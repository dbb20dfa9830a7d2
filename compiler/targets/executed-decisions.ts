import type { GraphView } from '../compile/graph-view.ts';
import type { ExecuteParams, SignalParams } from '../generated/charter-document.ts';
import { getNodeKind } from '../nodes/catalogue.ts';

/** A decision whose passed proposals an Execute node runs, with what stands between them. */
export interface ExecutedDecision {
  decision: string;
  execute: string;
  /** The timelock nearest the execution on the way, if any. */
  timelock: string | null;
  /** Vetoes on the way, nearest the execution first. */
  vetoes: string[];
  /** Whether the execution follows the decision's failure exit (`failed`, `vetoed`): what it rejects is executed. */
  onFailure: boolean;
}

/** The exits by which a decision says no. */
export const failureExits: ReadonlySet<string> = new Set(['failed', 'vetoed']);

/**
 * Walks back from each Execute node run by `executor` (or, for `snapshot`, each Signal recorded on Snapshot), through timelocks, vetoes, routing and combinators, to the
 * decisions whose passed proposals reach it: what a target for that executor has to deploy. Sorted by decision, then
 * execution, so the order of nodes in the file never matters.
 */
export function executedDecisions(
  view: GraphView,
  executor: ExecuteParams['executor'] | 'snapshot',
): ExecutedDecision[] {
  const found: ExecutedDecision[] = [];
  for (const node of view.document.nodes) {
    const outcome =
      executor === 'snapshot'
        ? node.kind === 'signal' && (node.params as SignalParams).platform === 'snapshot'
        : node.kind === 'execute' && (node.params as ExecuteParams).executor === executor;
    if (!outcome) continue;
    type Step = { id: string; port: string; timelock: string | null; vetoes: string[] };
    const stack: Step[] = view
      .entering(node.id)
      .map(({ node: id, port }) => ({ id, port, timelock: null, vetoes: [] }));
    const seen = new Set<string>();
    while (stack.length > 0) {
      const { id, port, timelock, vetoes } = stack.pop()!;
      const key = `${id}\u0000${port}\u0000${timelock}\u0000${vetoes.join()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const step = view.node(id);
      const group = getNodeKind(step.kind)!.group;
      const back = (extra: Partial<Step>): Step[] =>
        view
          .entering(id)
          .map((before) => ({ id: before.node, port: before.port, timelock, vetoes, ...extra }));
      const onFailure = failureExits.has(port);
      if (step.kind === 'veto' && !onFailure) stack.push(...back({ vetoes: [...vetoes, id] }));
      else if (group === 'convex' || group === 'concave') {
        found.push({ decision: id, timelock, execute: node.id, vetoes, onFailure });
      } else if (step.kind === 'timelock') stack.push(...back({ timelock: timelock ?? id }));
      else stack.push(...back({}));
    }
  }
  const key = (item: ExecutedDecision) =>
    `${item.decision}\u0000${item.execute}\u0000${item.timelock}\u0000${item.vetoes.join()}\u0000${item.onFailure}`;
  return found.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
