import type { TokenHoldersParams } from '../generated/charter-document.ts';
import type { GraphView } from './graph-view.ts';

/**
 * Decimals of the voting power an electorate input counts, following weightings to their source: the token's for
 * token holders, 0 for NFTs, members and signers (one vote each), 0 when nothing is connected.
 */
export function tokenDecimals(view: GraphView, nodeId: string, port: string): number {
  let source = view.feeder(nodeId, port);
  for (let hops = 0; source && view.node(source).kind === 'weighting' && hops < 32; hops++) {
    source = view.feeder(source, 'source');
  }
  if (!source) return 0;
  const node = view.node(source);
  return node.kind === 'token-holders' ? (node.params as TokenHoldersParams).token.decimals : 0;
}
