import { nodeLabel } from '../format/node-label.ts';
import type { ConfigElectorate } from '../generated/charter-config.ts';
import type { GraphView } from './graph-view.ts';

/** The document's electorates, normalised: supplies in base units, addresses checksummed, weightings resolved. */
export function lowerElectorates(view: GraphView): ConfigElectorate[] {
  return view.document.nodes.flatMap((node) => {
    const electorate = view.bound(node.id).electorate();
    if (!electorate) return [];
    return [
      electorate.lower({ id: node.id, label: nodeLabel(node), feeder: (port) => view.feeder(node.id, port) }),
    ];
  });
}
