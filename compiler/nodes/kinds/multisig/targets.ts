import { cannot } from '../../declare/cannot.ts';
import { onFailure } from '../../declare/on-failure.ts';
import type { TargetDeclarations } from '../../target-support.ts';

/** A multisig is a Safe's owners and threshold, or Aragon's Multisig plugin. */
export const multisigTargets: TargetDeclarations<'multisig'> = {
  openzeppelin: () =>
    cannot(
      'openzeppelin',
      { en: 'a multisig: it runs a token vote', ko: '멀티시그(토큰 투표만 진행)' },
      {
        en: "To deploy on OpenZeppelin, replace this Multisig with a Majority vote of Token holders; a Timelock before the governor's Execute stays. To keep the Multisig, deploy it as a Safe instead: set the Execute's executor to Safe and remove the Timelock on the way, then add Zodiac's Delay modifier to the Safe by hand for the same delay.",
        ko: 'OpenZeppelin에 배포하려면 이 멀티시그를 토큰 보유자의 다수결 투표로 바꾸세요. 거버너 실행 앞의 타임락은 그대로 둡니다. 멀티시그를 유지하려면 대신 Safe로 배포하세요: 실행 노드의 실행 주체를 Safe로 정하고 경로의 타임락을 없앤 뒤, 같은 지연을 Zodiac Delay 모디파이어로 Safe에 직접 추가하세요.',
      },
    ),
  aragon: (node, context) => onFailure('aragon', context) ?? { part: 'multisig', node },
  safe: (node, context) => onFailure('safe', context) ?? { part: 'owners-threshold', node },
  snapshot: () =>
    cannot(
      'snapshot',
      { en: 'a multisig: it runs votes, not signatures', ko: '멀티시그(서명이 아닌 투표만 진행)' },
      {
        en: 'Execute what the multisig passes by a Safe, or let its signers vote on Snapshot with a majority vote.',
        ko: '멀티시그가 가결한 것은 Safe로 실행하거나, 서명자들이 Snapshot에서 다수결 투표를 하게 하세요.',
      },
    ),
  gardens: () =>
    cannot(
      'gardens',
      { en: 'a multisig: it decides by conviction', ko: '멀티시그(확신 투표로 결정함)' },
      {
        en: 'Execute what the multisig passes by a Safe, or use a Conviction node for the pool.',
        ko: '멀티시그가 가결한 것은 Safe로 실행하거나, 풀에는 확신 투표 노드를 쓰세요.',
      },
    ),
};
