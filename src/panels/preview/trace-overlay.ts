import type { CharterDocument, CharterNode, ProposalTrace, StepTrace } from '../../../compiler/index.ts';
import { bindNode, failureRoles, getNodeKind } from '../../../compiler/index.ts';
import type { NodeOverlay, OverlayTone } from '../../canvas/overlay-store.ts';

/** The canvas layer of one trace: each node's mark and note, and each edge the proposal (or its voters) took. */
export interface TraceLayer {
  nodes: Record<string, NodeOverlay>;
  edges: Record<string, OverlayTone>;
}

/** The role of the exit `port` of `node` (the document's node the step is of), or undefined when it has none. */
function exitRole(node: CharterNode | undefined, port: string) {
  if (node === undefined) return undefined;
  try {
    return bindNode(node).exits.find((exit) => exit.id === port)?.role;
  } catch {
    // The document changed since the run, and the node is mid-edit: its exits are not known.
    return undefined;
  }
}

/**
 * How a step reads on the canvas, by the flow role of its kind: an outcome that rejects is failed and one that
 * executes or signals passed; a decision is passed when it left by an exit that does not say no (and failed when
 * it left by one that does, or by none); a proposal nobody could make is failed; anything else is just on the path.
 * `node` is the document's node the step is of, whose exits say what each branch means.
 */
export function stepTone(step: StepTrace, node?: CharterNode): OverlayTone {
  const flow = getNodeKind(step.kind)?.flow;
  if (flow === undefined) return 'trace';
  if (flow.role === 'outcome') return flow.outcome === 'rejected' ? 'failed' : 'passed';
  if (flow.role === 'entry') return step.threshold?.met === false ? 'failed' : 'trace';
  if (flow.role !== 'decision') return 'trace';
  if (step.branch === null) return 'failed';
  const role = exitRole(node, step.branch);
  if (role === undefined) return 'trace';
  return failureRoles.has(role) ? 'failed' : 'passed';
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
  const byId = new Map(document.nodes.map((node) => [node.id, node]));
  for (const step of trace.steps) {
    const text = note(step);
    const tone = stepTone(step, byId.get(step.node));
    nodes[step.node] = text === undefined ? { tone } : { tone, note: text };
    branches.set(step.node, step.branch);
  }
  for (const edge of document.edges) {
    const from = edge.from.node;
    if (branches.has(from) && branches.has(edge.to.node) && branches.get(from) === edge.from.port)
      edges[edge.id] = 'trace';
  }
  const voters = (id: string) => {
    const kind = byId.get(id)?.kind;
    return kind !== undefined && getNodeKind(kind)?.flow.role === 'electorate';
  };
  const decisions = trace.steps.filter((step) => step.tally !== undefined).map((step) => step.node);
  const reached = new Set<string>();
  while (decisions.length > 0) {
    const node = decisions.pop()!;
    for (const edge of document.edges)
      if (edge.to.node === node && voters(edge.from.node) && !(edge.id in edges)) {
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
