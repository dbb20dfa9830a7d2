import { cannot } from '../../declare/cannot.ts';
import type { TargetDeclarations } from '../../target-support.ts';

const elsewhere = (by: string) => ({
  en: `This Execute runs on ${by}; choose that target's output for it.`,
  ko: `이 실행은 ${by}에서 진행됩니다: 그 대상의 출력을 보세요.`,
});
const executors = { governor: 'the governor', safe: 'a Safe', aragon: 'an Aragon DAO' } as const;

/** An Execute is the executor of the target it names; it is only ever in that target's units. */
export const executeTargets: TargetDeclarations<'execute'> = {
  openzeppelin: (node) =>
    node.params.executor === 'governor'
      ? { part: 'executor' }
      : cannot(
          'openzeppelin',
          { en: 'an execution by another executor', ko: '다른 실행 주체의 실행' },
          elsewhere(executors[node.params.executor]),
        ),
  aragon: (node) =>
    node.params.executor === 'aragon'
      ? { part: 'executor' }
      : cannot(
          'aragon',
          { en: 'an execution by another executor', ko: '다른 실행 주체의 실행' },
          elsewhere(executors[node.params.executor]),
        ),
  safe: (node) =>
    node.params.executor === 'safe'
      ? { part: 'executor' }
      : cannot(
          'safe',
          { en: 'an execution by another executor', ko: '다른 실행 주체의 실행' },
          elsewhere(executors[node.params.executor]),
        ),
  snapshot: () =>
    cannot(
      'snapshot',
      { en: 'an execution on chain: it records votes', ko: '온체인 실행(투표만 기록함)' },
      {
        en: 'Record it with a Signal on Snapshot, or execute it by the governor.',
        ko: 'Snapshot 신호로 기록하거나, 거버너로 실행하세요.',
      },
    ),
  gardens: () =>
    cannot(
      'gardens',
      {
        en: 'an execution after its vote: the pool pays what passes itself',
        ko: '투표 뒤의 실행(풀이 가결된 것을 직접 지급함)',
      },
      {
        en: "End the Conviction node's path in a Signal, or decide by a majority vote to execute on chain.",
        ko: '확신 투표 노드의 경로를 신호로 끝내거나, 다수결 투표로 결정해 온체인에서 실행하세요.',
      },
    ),
};
