import { nodeLabel } from '../format/node-label.ts';
import type { ConfigBody } from '../generated/charter-config.ts';
import type { GraphView } from './graph-view.ts';
import { lowerRule } from './lower-rule.ts';

/** The decision nodes as bodies: who decides, and by which rule in exact units. */
export function lowerBodies(view: GraphView): ConfigBody[] {
  const bodies: ConfigBody[] = [];
  for (const node of view.document.nodes) {
    const { flow, definition } = view.bound(node.id);
    if (flow.role !== 'decision') continue;
    bodies.push({
      id: node.id,
      label: nodeLabel(node),
      kind: node.kind,
      mechanism: definition.group === 'concave' ? 'concave' : 'convex',
      electorate: view.feeder(node.id, 'voters'),
      rule: lowerRule(view, node),
    });
  }
  return bodies;
}
