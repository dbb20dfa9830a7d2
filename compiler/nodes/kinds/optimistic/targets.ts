import { cannot } from '../../declare/cannot.ts';
import { onFailure } from '../../declare/on-failure.ts';
import { refusedElsewhere } from '../../declare/refused-elsewhere.ts';
import { snapshotRejection } from '../../declare/snapshot-rejection.ts';
import type { Localized } from '../../node-kind.ts';
import type { TargetDeclarations } from '../../target-support.ts';

const optimistic: Localized = {
  en: 'an optimistic approval that passes unless enough object',
  ko: '충분한 반대가 없으면 통과하는 낙관적 승인',
};
const instead: Localized = {
  en: 'Record the optimistic approval on Snapshot (end it in a Signal recorded on Snapshot), or decide with a majority vote executed by the governor.',
  ko: '낙관적 승인을 Snapshot에 기록하거나(Snapshot 신호로 끝내기), 다수결 투표로 결정해 거버너로 실행하세요.',
};

/** Snapshot runs an optimistic approval as a vote whose quorum of Against votes rejects; nothing else does here. */
export const optimisticTargets: TargetDeclarations<'optimistic'> = refusedElsewhere(optimistic, instead, {
  aragon: () =>
    cannot(
      'aragon',
      { en: `${optimistic.en} as Charter emits it`, ko: `Charter가 내보내는 형태의 ${optimistic.ko}` },
      instead,
    ),
  snapshot: (node, context) =>
    onFailure('snapshot', context) ?? {
      part: 'vote',
      node,
      voting: snapshotRejection(
        { value: node.params.challengePeriod, field: 'params.challengePeriod' },
        { value: node.params.objectionThreshold, field: 'params.objectionThreshold' },
      ),
    },
});
