import { cannot } from '../../declare/cannot.ts';
import type { TargetDeclarations } from '../../target-support.ts';

/** A timelock is the Governor's TimelockController; the other targets have no delay Charter can emit. */
export const timelockTargets: TargetDeclarations<'timelock'> = {
  openzeppelin: (node) => ({ part: 'timelock', node }),
  aragon: () =>
    cannot(
      'aragon',
      {
        en: 'a delay before execution as Charter emits it: its plugins execute once a proposal passes',
        ko: 'Charter가 내보내는 형태의 실행 전 지연(플러그인은 가결되면 바로 실행)',
      },
      {
        en: 'For a token vote, execute by the governor, whose TimelockController holds the delay; otherwise remove the timelock to deploy the plugin and add a delay to the DAO by hand.',
        ko: '토큰 투표라면 지연을 두는 TimelockController가 있는 거버너로 실행하세요. 아니라면 타임락을 없애 플러그인을 배포하고 DAO에 지연을 직접 추가하세요.',
      },
    ),
  safe: () =>
    cannot(
      'safe',
      {
        en: 'a delay before execution: it executes once its owners sign',
        ko: '실행 전 지연(소유자가 서명하면 바로 실행)',
      },
      {
        en: "Remove the timelock to deploy this Safe, then add the delay by hand (Zodiac's Delay modifier, or a TimelockController whose only proposer is the Safe); or decide by a token vote executed by the governor, whose TimelockController Charter emits.",
        ko: '이 Safe를 배포하려면 타임락을 없애고 지연을 직접 추가하세요(Zodiac Delay 모디파이어나 Safe만 제안자인 TimelockController). 또는 토큰 투표로 결정해 Charter가 TimelockController를 내보내는 거버너로 실행하세요.',
      },
    ),
  snapshot: () =>
    cannot(
      'snapshot',
      { en: 'a delay: it records the result when the vote closes', ko: '지연(투표가 끝나면 결과를 기록함)' },
      {
        en: 'Remove the timelock before the Signal, or execute on chain by the governor, whose TimelockController holds the delay.',
        ko: '신호 앞의 타임락을 없애거나, 지연을 두는 TimelockController가 있는 거버너로 온체인 실행하세요.',
      },
    ),
  gardens: () =>
    cannot(
      'gardens',
      { en: 'a delay before its vote', ko: '투표 전 지연' },
      {
        en: 'Remove the timelock before the Conviction node.',
        ko: '확신 투표 노드 앞의 타임락을 없애세요.',
      },
    ),
};
