import type { CharterDocument, ProposalTrace, StepTrace } from '../../../compiler/index.ts';
import { getNodeKind } from '../../../compiler/index.ts';
import type { NodeOverlay, OverlayTone } from '../../canvas/overlay-store.ts';

/** The canvas layer of one trace: each node's mark and note, and each edge the proposal (or its voters) took. */
export interface TraceLayer {
  nodes: Record<string, NodeOverlay>;
  edges: Record<string, OverlayTone>;
}

const failing = new Set(['failed', 'vetoed']);

/** How a step reads on the canvas: a decision or outcome passed or failed, anything else just on the path. */
export function stepTone(step: StepTrace): OverlayTone {
  if (step.kind === 'reject') return 'failed';
  if (step.kind === 'execute' || step.kind === 'signal') return 'passed';
  if (step.kind === 'proposal') return step.threshold?.met === false ? 'failed' : 'trace';
  if (step.tally !== undefined || step.threshold !== undefined || step.quorum !== undefined)
    return step.branch !== null && !failing.has(step.branch) ? 'passed' : 'failed';
  return 'trace';
}

/**
 * A trace as overlay marks: every node it passed, toned by {@link stepTone} with `note(step)` under its card; every
 * flow edge leaving a step by the branch it took to another step of the trace; and the voters' edges into each
 * decision on it, back through weighting to the electorate that holds the power (those nodes marked, without note).
 */
export function traceOverlay(
  trace: ProposalTrace,
  document: Pick<CharterDocument, 'nodes' | 'edges'>,
  note: (step: StepTrace) => string | undefined,
): TraceLayer {
  const nodes: Record<string, NodeOverlay> = {};
  const edges: Record<string, OverlayTone> = {};
  const branches = new Map<string, string | null>();
  for (const step of trace.steps) {
    const text = note(step);
    nodes[step.node] = text === undefined ? { tone: stepTone(step) } : { tone: stepTone(step), note: text };
    branches.set(step.node, step.branch);
  }
  for (const edge of document.edges) {
    const from = edge.from.node;
    if (branches.has(from) && branches.has(edge.to.node) && branches.get(from) === edge.from.port)
      edges[edge.id] = 'trace';
  }
  const kinds = new Map(document.nodes.map((node) => [node.id, node.kind]));
  const voters = (kind: string | undefined) =>
    kind !== undefined && getNodeKind(kind)?.group === 'electorates';
  const decisions = trace.steps.filter((step) => step.tally !== undefined).map((step) => step.node);
  const reached = new Set<string>();
  while (decisions.length > 0) {
    const node = decisions.pop()!;
    for (const edge of document.edges)
      if (edge.to.node === node && voters(kinds.get(edge.from.node)) && !(edge.id in edges)) {
        edges[edge.id] = 'trace';
        if (!reached.has(edge.from.node)) {
          reached.add(edge.from.node);
          nodes[edge.from.node] ??= { tone: 'trace' };
          decisions.push(edge.from.node);
        }
      }
  }
  return { nodes, edges };
}
