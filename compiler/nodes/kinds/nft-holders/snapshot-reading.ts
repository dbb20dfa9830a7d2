import { getAddress } from 'viem';
import type { ParamsOf } from '../../node-kind.ts';
import type { SnapshotReading } from '../../target-support.ts';

const refused = (message: { en: string; ko: string }, field: string): SnapshotReading => ({
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
      {
        en: `Snapshot reads voting power from the ${collection.symbol} contract, so it needs the collection's address.`,
        ko: `Snapshot은 ${collection.symbol} 컨트랙트에서 투표권을 읽으므로 컬렉션의 주소가 필요합니다.`,
      },
      'params.collection.address',
    );
  if (votesPerToken !== 1)
    return refused(
      {
        en: `Snapshot's NFT strategies count one vote per token, not ${votesPerToken}.`,
        ko: `Snapshot의 NFT 전략은 토큰 하나에 한 표를 세며, ${votesPerToken}표로 셀 수 없습니다.`,
      },
      'params.votesPerToken',
    );
  if (standard === 'erc721-balance' && delegation)
    return refused(
      {
        en:
          'Snapshot reads the plain balance (erc721), with which nobody can delegate. Read voting power from ' +
          'erc721-votes, or turn delegation off.',
        ko: 'Snapshot은 단순 잔고(erc721)를 읽으며, 그 방식으로는 아무도 위임할 수 없습니다. 투표권을 erc721-votes에서 읽거나 위임을 끄세요.',
      },
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
