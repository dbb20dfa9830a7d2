import { refusedElsewhere } from '../../declare/refused-elsewhere.ts';
import type { Localized } from '../../node-kind.ts';
import type { TargetDeclarations } from '../../target-support.ts';

const what: Localized = {
  en: 'an Any of inside one unit',
  ko: '하나의 단위 안의 "하나라도"',
};
const separate: Localized = {
  en: 'Give each body its own Execute (or Signal) instead of joining them: each then gets its own unit, and either can act alone, which is what Any of means.',
  ko: '합치는 대신 기구마다 실행(또는 신호)을 따로 두세요: 그러면 기구마다 단위가 생기고 어느 쪽이든 혼자 실행할 수 있어 "하나라도"와 같습니다.',
};

/** Units are built one per outcome, so a join of several bodies into one outcome is refused; separate outcomes work. */
export const anyOfTargets: TargetDeclarations<'any-of'> = refusedElsewhere(what, separate);
