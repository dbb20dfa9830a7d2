import { cannot } from '../../declare/cannot.ts';
import type { Localized } from '../../node-kind.ts';
import type { TargetDeclarations } from '../../target-support.ts';
import { membersOnSnapshot } from './snapshot-reading.ts';

const onePerPerson: Localized = {
  en: 'Run this vote on Snapshot (end it in a Signal recorded on Snapshot), which counts one vote per member, or let a Multisig of the members decide and execute by a Safe.',
  ko: '이 투표를 구성원마다 한 표씩 세는 Snapshot에서 진행하거나(Snapshot 신호로 끝내기), 구성원의 멀티시그가 결정하고 Safe로 실행하세요.',
};
const personhood: Localized = {
  en: 'Run it on Snapshot, whose Gitcoin Passport check proves personhood, or list the members.',
  ko: 'Gitcoin Passport로 사람임을 확인하는 Snapshot에서 진행하거나, 구성원을 목록으로 적으세요.',
};
const provenPeople: Localized = {
  en: 'a vote of people proven by personhood, not a list',
  ko: '목록이 아닌 신원 증명으로 확인된 사람들의 투표',
};

/**
 * A list of members is a Safe's owners, an Aragon Multisig's, or the list an Aragon AddresslistVoting counts one vote
 * each; one person one vote runs on Snapshot too.
 */
export const membersTargets: TargetDeclarations<'members'> = {
  openzeppelin: (node) => {
    const otherwise = cannot(
      'openzeppelin',
      { en: 'a vote of one per member: it counts token votes', ko: '구성원당 한 표 투표(토큰 투표만 셈)' },
      {
        en: `To deploy on OpenZeppelin, let Token holders vote instead of Members. To keep one vote per member: ${onePerPerson.en}`,
        ko: `OpenZeppelin에 배포하려면 구성원 대신 토큰 보유자가 투표하게 하세요. 구성원당 한 표를 유지하려면: ${onePerPerson.ko}`,
      },
    );
    // A list may be a veto's body: the cancellers of the Governor's timelock (the target refuses any other use).
    return node.params.source === 'list'
      ? { part: 'veto-body', members: node.params.members, field: 'params.members', otherwise }
      : otherwise;
  },
  aragon: (node) =>
    node.params.source === 'list'
      ? { part: 'member-list', members: node.params.members, field: 'params.members' }
      : cannot('aragon', provenPeople, personhood),
  safe: (node) =>
    node.params.source === 'list'
      ? { part: 'owners', owners: node.params.members, field: 'params.members' }
      : cannot('safe', provenPeople, personhood),
  snapshot: (node) => ({ part: 'strategy', read: (network) => membersOnSnapshot(node.params, network) }),
  gardens: () =>
    cannot(
      'gardens',
      {
        en: 'a vote of one per member: it counts staked tokens',
        ko: '구성원당 한 표 투표(스테이킹된 토큰만 셈)',
      },
      {
        en: 'Let holders of an ERC-20 token stake in the pool.',
        ko: 'ERC-20 토큰 보유자가 풀에 스테이킹하게 하세요.',
      },
    ),
};
