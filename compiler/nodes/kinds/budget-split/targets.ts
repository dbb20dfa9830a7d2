import { onFailure } from '../../declare/on-failure.ts';
import { refusedElsewhere } from '../../declare/refused-elsewhere.ts';
import { snapshotChoice } from '../../declare/snapshot-choice.ts';
import type { Localized } from '../../node-kind.ts';
import type { TargetDeclarations } from '../../target-support.ts';

const what: Localized = { en: 'a budget split', ko: '예산 배분' };
const instead: Localized = {
  en: 'Run the split on Snapshot (end it in a Signal recorded on Snapshot), whose weighted voting averages the splits, and execute the payouts it decides with a Multisig by a Safe.',
  ko: '배분을 가중 투표로 평균을 내는 Snapshot에서 진행하고(Snapshot 신호로 끝내기), 결정된 지급은 멀티시그로 결정해 Safe로 실행하세요.',
};

/** A budget split runs on Snapshot as weighted voting. */
export const budgetSplitTargets: TargetDeclarations<'budget-split'> = refusedElsewhere(what, instead, {
  snapshot: (node, context) =>
    onFailure('snapshot', context) ?? {
      part: 'vote',
      node,
      voting: snapshotChoice(
        'weighted',
        node.params,
        node.params.aggregation === 'mean'
          ? []
          : [
              {
                message: {
                  en:
                    "Snapshot's weighted voting combines the voters' splits by their mean, weighted by voting power; it " +
                    'cannot take their median. Combine the splits by mean to use Snapshot.',
                  ko: 'Snapshot의 가중 투표는 투표자들의 배분안을 투표권으로 가중한 평균으로 합치며, 중앙값은 쓸 수 없습니다. Snapshot을 쓰려면 배분안을 평균으로 합치세요.',
                },
                field: 'params.aggregation',
              },
            ],
      ),
    },
});
