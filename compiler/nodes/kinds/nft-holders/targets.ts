import { cannot } from '../../declare/cannot.ts';
import type { Localized } from '../../node-kind.ts';
import type { TargetDeclarations } from '../../target-support.ts';
import { nftHoldersOnSnapshot } from './snapshot-reading.ts';

const onSnapshot: Localized = {
  en: 'Run this NFT vote on Snapshot (end it in a Signal recorded on Snapshot), or let ERC-20 token holders vote.',
  ko: '이 NFT 투표를 Snapshot에서 진행하거나(Snapshot 신호로 끝내기), ERC-20 토큰 보유자가 투표하게 하세요.',
};
const nftVote: Localized = { en: 'a vote counted in NFTs', ko: 'NFT로 세는 투표' };

/** NFT holders vote on Snapshot; Charter emits its Governors and TokenVoting for ERC-20 votes tokens only. */
export const nftHoldersTargets: TargetDeclarations<'nft-holders'> = {
  openzeppelin: () =>
    cannot(
      'openzeppelin',
      {
        en: 'a vote counted in NFTs as Charter emits it (ERC-20 votes tokens only)',
        ko: 'Charter가 내보내는 형태의 NFT 투표(ERC-20 투표 토큰만 지원)',
      },
      onSnapshot,
    ),
  aragon: () => cannot('aragon', nftVote, onSnapshot),
  safe: () => cannot('safe', nftVote, onSnapshot),
  snapshot: (node) => ({ part: 'strategy', read: (network) => nftHoldersOnSnapshot(node.params, network) }),
  gardens: () =>
    cannot('gardens', nftVote, {
      en: 'Let holders of an ERC-20 token stake in the pool.',
      ko: 'ERC-20 토큰 보유자가 풀에 스테이킹하게 하세요.',
    }),
};
