import { cannot } from '../../declare/cannot.ts';
import { refusedElsewhere } from '../../declare/refused-elsewhere.ts';
import type { Localized } from '../../node-kind.ts';
import type { TargetDeclarations } from '../../target-support.ts';

const what: Localized = { en: 'a signal: it executes on chain', ko: '신호(온체인에서 실행함)' };
const instead: Localized = {
  en: 'A signal records a result without executing it; to execute, end the path in an Execute instead.',
  ko: '신호는 결과를 실행 없이 기록합니다: 실행하려면 경로를 실행 노드로 끝내세요.',
};

/** A Signal recorded on Snapshot anchors a Snapshot space; a signal elsewhere runs on no target. */
export const signalTargets: TargetDeclarations<'signal'> = refusedElsewhere(what, instead, {
  snapshot: (node) =>
    node.params.platform === 'snapshot'
      ? { part: 'signal' }
      : cannot(
          'snapshot',
          { en: 'a signal recorded elsewhere', ko: '다른 곳에 기록되는 신호' },
          {
            en: "Set the Signal's platform to Snapshot to record it there.",
            ko: 'Snapshot에 기록하려면 신호의 플랫폼을 Snapshot으로 정하세요.',
          },
        ),
  gardens: () =>
    cannot(
      'gardens',
      {
        en: 'a signal after its vote: the pool records what passes itself',
        ko: '투표 뒤의 신호(풀이 직접 기록함)',
      },
      instead,
    ),
});
