import { onFailure } from '../../declare/on-failure.ts';
import { refusedElsewhere } from '../../declare/refused-elsewhere.ts';
import { snapshotChoice } from '../../declare/snapshot-choice.ts';
import type { Localized } from '../../node-kind.ts';
import type { TargetDeclarations } from '../../target-support.ts';

const what: Localized = { en: 'an approval vote', ko: '승인 투표' };
const instead: Localized = {
  en: 'Run this vote on Snapshot (end it in a Signal recorded on Snapshot), which runs approval voting, or decide with a majority vote executed by the governor.',
  ko: '이 투표를 승인 투표를 지원하는 Snapshot에서 진행하거나(Snapshot 신호로 끝내기), 다수결 투표로 결정해 거버너로 실행하세요.',
};

/** Approval voting runs on Snapshot. */
export const approvalTargets: TargetDeclarations<'approval'> = refusedElsewhere(what, instead, {
  snapshot: (node, context) =>
    onFailure('snapshot', context) ?? {
      part: 'vote',
      node,
      voting: snapshotChoice(
        'approval',
        node.params,
        node.params.maxApprovals === undefined
          ? []
          : [
              {
                message: {
                  en: `Snapshot's approval voting lets each voter approve any number of options; it cannot limit them to ${node.params.maxApprovals}.`,
                  ko: `Snapshot의 승인 투표에서는 투표자마다 선택지를 몇 개든 승인할 수 있어, ${node.params.maxApprovals}개로 제한할 수 없습니다.`,
                },
                field: 'params.maxApprovals',
              },
            ],
      ),
    },
});
