import { getAddress } from 'viem';
import type { ParamsOf } from '../../node-kind.ts';
import type { SnapshotReading } from '../../target-support.ts';

const refused = (message: string, field: string): SnapshotReading => ({
  ok: false,
  problems: [{ message, field }],
});

/**
 * NFT holders on Snapshot: `erc721` {address, symbol} counts tokens held; an ERC721Votes collection is read with
 * `erc20-votes` and decimals 0, since it has the same getVotes.
 */
export function nftHoldersOnSnapshot(p: ParamsOf<'nft-holders'>, network: string): SnapshotReading {
  const { collection, standard, delegation, votesPerToken } = p;
  if (collection.address === undefined)
    return refused(
      `Snapshot reads voting power from the ${collection.symbol} contract, so it needs the collection's address.`,
      'params.collection.address',
    );
  if (votesPerToken !== 1)
    return refused(
      `Snapshot's NFT strategies count one vote per token, not ${votesPerToken}.`,
      'params.votesPerToken',
    );
  if (standard === 'erc721-balance' && delegation)
    return refused(
      'Snapshot reads the plain balance (erc721), with which nobody can delegate. Read voting power from ' +
        'erc721-votes, or turn delegation off.',
      'params.delegation',
    );
  const address = getAddress(collection.address);
  return {
    ok: true,
    strategies: [
      standard === 'erc721-votes'
        ? { name: 'erc20-votes', network, params: { address, symbol: collection.symbol, decimals: 0 } }
        : { name: 'erc721', network, params: { address, symbol: collection.symbol } },
    ],
    symbol: collection.symbol,
    voteValidation: { name: 'any', params: {} },
    supply: String(collection.totalSupply),
    perPerson: false,
  };
}
