import { onFailure } from '../../declare/on-failure.ts';
import { refusedElsewhere } from '../../declare/refused-elsewhere.ts';
import { snapshotChoice } from '../../declare/snapshot-choice.ts';
import type { Localized } from '../../node-kind.ts';
import type { TargetDeclarations } from '../../target-support.ts';

const what: Localized = { en: 'quadratic voting', ko: '제곱 투표' };
const instead: Localized = {
  en: 'Run this vote on Snapshot (end it in a Signal recorded on Snapshot), which runs quadratic voting, or decide with a majority vote executed by the governor.',
  ko: '이 투표를 제곱 투표를 지원하는 Snapshot에서 진행하거나(Snapshot 신호로 끝내기), 다수결 투표로 결정해 거버너로 실행하세요.',
};

/** Quadratic voting runs on Snapshot. */
export const quadraticVotingTargets: TargetDeclarations<'quadratic-voting'> = refusedElsewhere(
  what,
  instead,
  {
    snapshot: (node, context) =>
      onFailure('snapshot', context) ?? {
        part: 'vote',
        node,
        voting: {
          ...snapshotChoice('quadratic', node.params),
          needsOnePerPerson: {
            message: {
              en:
                "Snapshot's quadratic voting gives each voter as many credits as their voting power, not " +
                `${node.params.creditsPerVoter} each. Give it voters with one vote each (Members or Signers) so that everyone ` +
                'has the same credits.',
              ko: `Snapshot의 이차 투표는 투표자마다 각자 ${node.params.creditsPerVoter} 크레딧이 아니라 투표권만큼의 크레딧을 줍니다. 모두가 같은 크레딧을 갖도록 한 사람에 한 표인 투표자(구성원이나 서명자)를 연결하세요.`,
            },
            field: 'params.creditsPerVoter',
          },
        },
      },
  },
);
