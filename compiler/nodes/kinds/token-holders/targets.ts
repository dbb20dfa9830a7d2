import { cannot } from '../../declare/cannot.ts';
import type { TargetDeclarations } from '../../target-support.ts';
import { tokenHoldersOnSnapshot } from './snapshot-reading.ts';

/** Token holders are the Governor's votes token, TokenVoting's token, a Snapshot strategy or a pool's stakers. */
export const tokenHoldersTargets: TargetDeclarations<'token-holders'> = {
  openzeppelin: (node) => ({ part: 'votes-token', node }),
  aragon: (node) => ({ part: 'voting-token', node }),
  safe: () =>
    cannot(
      'safe',
      {
        en: 'a vote of token holders: its owners are a fixed list of addresses that sign',
        ko: '토큰 보유자 투표(소유자는 서명하는 고정된 주소 목록)',
      },
      {
        en: 'Give the Safe its owners with a Multisig of Signers, or execute this token vote by the governor.',
        ko: '서명자로 구성된 멀티시그로 Safe의 소유자를 정하거나, 이 토큰 투표를 거버너로 실행하세요.',
      },
    ),
  snapshot: (node) => ({ part: 'strategy', read: (network) => tokenHoldersOnSnapshot(node.params, network) }),
  gardens: (node) => ({ part: 'stakers', node }),
};
