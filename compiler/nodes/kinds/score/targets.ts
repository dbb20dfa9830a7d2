import { cannot } from '../../declare/cannot.ts';
import { refusedElsewhere } from '../../declare/refused-elsewhere.ts';
import type { Localized } from '../../node-kind.ts';
import type { TargetDeclarations } from '../../target-support.ts';

const what: Localized = { en: 'a score vote', ko: '점수 투표' };
const instead: Localized = {
  en: 'Use an approval or ranked-choice vote recorded on Snapshot, or a majority vote executed by the governor.',
  ko: 'Snapshot에 기록하는 승인 투표나 순위 선택 투표, 또는 거버너로 실행하는 다수결 투표를 쓰세요.',
};

/** No target runs a score vote. */
export const scoreTargets: TargetDeclarations<'score'> = refusedElsewhere(what, instead, {
  snapshot: () =>
    cannot('snapshot', what, {
      en: 'It runs basic, single-choice, approval, ranked-choice, quadratic and weighted votes: use an approval or ranked-choice vote.',
      ko: 'Snapshot은 기본, 단일 선택, 승인, 순위 선택, 제곱, 가중 투표를 진행합니다: 승인 투표나 순위 선택 투표를 쓰세요.',
    }),
});
