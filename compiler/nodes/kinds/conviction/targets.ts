import { refusedElsewhere } from '../../declare/refused-elsewhere.ts';
import type { Localized } from '../../node-kind.ts';
import type { TargetDeclarations } from '../../target-support.ts';

const what: Localized = { en: 'conviction voting', ko: '확신 투표' };
const instead: Localized = {
  en: 'Conviction voting runs in a Gardens pool (the gardens target), which pays what passes from its own funds: end this path in a Signal, or decide by a majority vote to execute on chain.',
  ko: '확신 투표는 Gardens 풀(gardens 대상)에서 진행되며 가결된 것을 풀의 기금에서 지급합니다: 이 경로를 신호로 끝내거나, 다수결 투표로 결정해 온체인에서 실행하세요.',
};

/** A conviction node anchors a Gardens pool: the pool runs the vote and pays (or signals) what passes. */
export const convictionTargets: TargetDeclarations<'conviction'> = refusedElsewhere(what, instead, {
  gardens: (node) => ({ part: 'pool', node, anchor: true }),
});
