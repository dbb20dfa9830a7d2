import { onFailure } from '../../declare/on-failure.ts';
import { refusedElsewhere } from '../../declare/refused-elsewhere.ts';
import { snapshotChoice } from '../../declare/snapshot-choice.ts';
import type { Localized } from '../../node-kind.ts';
import type { TargetDeclarations } from '../../target-support.ts';

const what: Localized = { en: 'a ranked-choice vote', ko: '순위 선택 투표' };
const instead: Localized = {
  en: 'Run this vote on Snapshot (end it in a Signal recorded on Snapshot), which runs ranked-choice voting, or decide with a majority vote executed by the governor.',
  ko: '이 투표를 순위 선택 투표를 지원하는 Snapshot에서 진행하거나(Snapshot 신호로 끝내기), 다수결 투표로 결정해 거버너로 실행하세요.',
};

/** Ranked choice runs on Snapshot. */
export const rankedChoiceTargets: TargetDeclarations<'ranked-choice'> = refusedElsewhere(what, instead, {
  snapshot: (node, context) =>
    onFailure('snapshot', context) ?? {
      part: 'vote',
      node,
      voting: snapshotChoice(
        'ranked-choice',
        node.params,
        node.params.winners > 1
          ? [
              {
                message: {
                  en: `Snapshot's ranked-choice voting elects one winner by instant runoff; it cannot elect ${node.params.winners}.`,
                  ko: `Snapshot의 순위 선택 투표는 즉석 결선으로 승자 하나를 뽑으며, ${node.params.winners}개를 뽑을 수 없습니다.`,
                },
                field: 'params.winners',
              },
            ]
          : [],
      ),
    },
});
