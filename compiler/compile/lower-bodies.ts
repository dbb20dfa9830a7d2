import { nodeLabel } from '../format/node-label.ts';
import type { ConfigBody } from '../generated/charter-config.ts';
import { getNodeKind } from '../nodes/catalogue.ts';
import type { GraphView } from './graph-view.ts';
import { lowerParams } from './lower-params.ts';
import { tokenDecimals } from './token-decimals.ts';

/** The decision nodes as bodies: who decides, and by which rule in exact units. */
export function lowerBodies(view: GraphView): ConfigBody[] {
  const bodies: ConfigBody[] = [];
  for (const node of view.document.nodes) {
    const definition = getNodeKind(node.kind)!;
    if (definition.group !== 'convex' && definition.group !== 'concave') continue;
    bodies.push({
      id: node.id,
      label: nodeLabel(node),
      kind: node.kind,
      mechanism: definition.group,
      electorate: view.feeder(node.id, 'voters'),
      rule: lowerParams(node.params, definition.params, {
        decimals: tokenDecimals(view, node.id, 'voters'),
      }) as Record<string, unknown>,
    });
  }
  return bodies;
}
