import { refusedElsewhere } from '../../declare/refused-elsewhere.ts';
import type { Localized } from '../../node-kind.ts';
import type { TargetDeclarations } from '../../target-support.ts';

const what: Localized = { en: 'a rejection: nothing runs', ko: '거절(아무것도 실행되지 않음)' };
const instead: Localized = {
  en: 'Nothing to do: a rejected proposal needs no unit.',
  ko: '할 일 없음: 거절된 제안에는 단위가 필요 없습니다.',
};

/** A rejection anchors no unit and lies on no path to one; declared for exhaustiveness. */
export const rejectTargets: TargetDeclarations<'reject'> = refusedElsewhere(what, instead);
