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
        en: "Execute what the multisig passes by a Safe (its owners and threshold) or by an Aragon DAO (its Multisig plugin). A Safe has no delay of its own: remove a timelock on the way, and add Zodiac's Delay modifier to the Safe by hand.",
        ko: '멀티시그가 가결한 것은 Safe(소유자와 기준)나 Aragon DAO(Multisig 플러그인)로 실행하세요. Safe에는 지연이 없으니 경로의 타임락을 없애고 Zodiac Delay 모디파이어를 직접 추가하세요.',
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
