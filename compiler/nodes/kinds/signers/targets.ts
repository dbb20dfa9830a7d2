import { cannot } from '../../declare/cannot.ts';
import type { TargetDeclarations } from '../../target-support.ts';
import { listOnSnapshot } from '../members/snapshot-reading.ts';

/** Signers are a Safe's owners or an Aragon Multisig's members; Snapshot reads them as a whitelist. */
export const signersTargets: TargetDeclarations<'signers'> = {
  openzeppelin: (node) => ({
    // A list may be a veto's body: the cancellers of the Governor's timelock (the target refuses any other use).
    part: 'veto-body',
    members: node.params.signers,
    field: 'params.signers',
    otherwise: cannot(
      'openzeppelin',
      { en: 'a decision by listed signers: it counts token votes', ko: '서명자 목록의 결정(토큰 투표만 셈)' },
      {
        en: "To deploy on OpenZeppelin, let Token holders vote instead of these Signers; for a veto by the signers, connect them to a Veto after the vote, one veto blocking: they become the cancellers of the governor's TimelockController. To keep a decision by signers, deploy it as a Safe: a Multisig of these Signers with its Execute's executor set to Safe and no Timelock on the way (add Zodiac's Delay modifier to the Safe by hand).",
        ko: 'OpenZeppelin에 배포하려면 이 서명자 대신 토큰 보유자가 투표하게 하세요. 서명자의 거부권이라면 그들을 투표 뒤의 거부권(거부 하나로 막힘)에 연결하세요: 그들이 거버너 TimelockController의 취소자가 됩니다. 서명자의 결정을 유지하려면 Safe로 배포하세요: 이 서명자의 멀티시그에 실행 주체를 Safe로 정한 실행 노드를 잇고 경로에 타임락을 두지 마세요(Zodiac Delay 모디파이어를 Safe에 직접 추가).',
      },
    ),
  }),
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
