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
        en: "To deploy on Aragon, remove this Timelock and, after deploying, add the delay to the DAO by hand; Charter does not emit it, so the missing-timelock warning stays as a reminder. To keep a delay Charter emits, set the Execute's executor to the governor (OpenZeppelin) for a token vote, whose TimelockController holds it.",
        ko: 'Aragon에 배포하려면 이 타임락을 없애고, 배포한 뒤 DAO에 지연을 직접 추가하세요. Charter가 내보내지 않으므로 타임락 없음 경고는 알림으로 남습니다. Charter가 내보내는 지연을 유지하려면 토큰 투표의 실행 주체를 거버너(OpenZeppelin)로 정하세요. 그 TimelockController가 지연을 둡니다.',
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
        en: "To deploy on Safe, remove this Timelock and, after deploying, add the same delay to the Safe by hand with Zodiac's Delay modifier; Charter does not emit it, so the missing-timelock warning stays as a reminder. To keep a delay Charter emits, decide by a Majority vote of Token holders executed by the governor (OpenZeppelin), whose TimelockController holds it.",
        ko: 'Safe에 배포하려면 이 타임락을 없애고, 배포한 뒤 같은 지연을 Zodiac Delay 모디파이어로 Safe에 직접 추가하세요. Charter가 내보내지 않으므로 타임락 없음 경고는 알림으로 남습니다. Charter가 내보내는 지연을 유지하려면 토큰 보유자의 다수결 투표로 결정해 거버너(OpenZeppelin)로 실행하세요. 그 TimelockController가 지연을 둡니다.',
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
