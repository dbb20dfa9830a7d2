import { cannot } from '../../declare/cannot.ts';
import type { TargetDeclarations } from '../../target-support.ts';
import { listOnSnapshot } from '../members/snapshot-reading.ts';

/** Signers are a Safe's owners or an Aragon Multisig's members; Snapshot reads them as a whitelist. */
export const signersTargets: TargetDeclarations<'signers'> = {
  openzeppelin: () =>
    cannot(
      'openzeppelin',
      { en: 'a decision by listed signers: it counts token votes', ko: '서명자 목록의 결정(토큰 투표만 셈)' },
      {
        en: "Execute what the signers decide by a Safe or by an Aragon DAO (its Multisig plugin); for a veto by them, list their Safe among the timelock's cancellers instead.",
        ko: '서명자의 결정은 Safe나 Aragon DAO(Multisig 플러그인)로 실행하세요. 이들의 거부권이라면 대신 타임락의 취소자에 그 Safe를 넣으세요.',
      },
    ),
  aragon: (node) => ({ part: 'member-list', members: node.params.signers, field: 'params.signers' }),
  safe: (node) => ({ part: 'owners', owners: node.params.signers, field: 'params.signers' }),
  snapshot: (node) => ({ part: 'strategy', read: (network) => listOnSnapshot(node.params.signers, network) }),
  gardens: () =>
    cannot(
      'gardens',
      {
        en: 'a decision by listed signers: it counts staked tokens',
        ko: '서명자 목록의 결정(스테이킹된 토큰만 셈)',
      },
      {
        en: 'Let holders of an ERC-20 token stake in the pool.',
        ko: 'ERC-20 토큰 보유자가 풀에 스테이킹하게 하세요.',
      },
    ),
};
