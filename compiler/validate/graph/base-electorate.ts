import { edgesAt, type GraphIndex, type IndexedNode } from './graph-index.ts';

/** What feeds a node's electorate input (`voters`, `proposers`, `source`), or undefined when nothing does. */
export function electorateSource(
  index: GraphIndex,
  item: IndexedNode,
  portId: string,
): IndexedNode | undefined {
  const port = item.ports?.find((candidate) => candidate.id === portId && candidate.direction === 'in');
  return port ? edgesAt(index, item.node.id, port)[0]?.from : undefined;
}

/**
 * The electorate at the root of a node's electorate input, through any weightings, and whether a weighting was
 * passed on the way (which changes the unit of voting power).
 */
export function baseElectorate(
  index: GraphIndex,
  item: IndexedNode,
  portId: string,
): { node: IndexedNode; weighted: boolean } | undefined {
  let source = electorateSource(index, item, portId);
  let weighted = false;
  for (let hops = 0; source?.node.kind === 'weighting' && hops < 32; hops++) {
    weighted = true;
    source = electorateSource(index, source, 'source');
  }
  return source ? { node: source, weighted } : undefined;
}
