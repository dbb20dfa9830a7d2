import { cannot } from '../../declare/cannot.ts';
import { refusedElsewhere } from '../../declare/refused-elsewhere.ts';
import type { Localized } from '../../node-kind.ts';
import type { TargetDeclarations } from '../../target-support.ts';

const what: Localized = {
  en: 'an All of, where several bodies must all approve: each unit it deploys lets one body act alone',
  ko: '여러 기구가 모두 승인해야 하는 "모두"(배포되는 단위마다 한 기구가 혼자 실행할 수 있음)',
};
const oneBody: Localized = {
  en: 'Let one body decide and give the other the power to stop it: for a token vote executed by the governor, list the second body (or the Safe its members sign with) as the Cancellers of the timelock.',
  ko: '한 기구가 결정하고 다른 기구에게 막을 권한을 주세요: 거버너로 실행하는 토큰 투표라면 타임락의 취소자로 두 번째 기구(또는 그 구성원이 서명하는 Safe)를 넣으세요.',
};

/**
 * No unit Charter emits makes one body wait for another's approval (a second Governor that must also approve would,
 * but Charter does not emit or prove that yet), so an All of is refused on every target rather than deployed as
 * independent units, either of which could act alone.
 */
export const allOfTargets: TargetDeclarations<'all-of'> = refusedElsewhere(what, oneBody, {
  safe: () =>
    cannot('safe', what, {
      en: "Make it one Multisig: put the signers of every body among the Safe's owners with a threshold that needs some of each, or execute by the governor with the second body as the timelock's Cancellers.",
      ko: '하나의 멀티시그로 만드세요: 모든 기구의 서명자를 Safe 소유자로 두고 기준을 정하거나, 거버너로 실행하고 두 번째 기구를 타임락의 취소자로 두세요.',
    }),
  snapshot: () =>
    cannot('snapshot', what, {
      en: "Record each body's vote with its own Signal on Snapshot, one space each.",
      ko: '각 기구의 투표를 각자의 Snapshot 신호로 기록하세요(기구마다 스페이스 하나).',
    }),
});
