import { formatDuration } from '../../format/format-duration.ts';
import { formatPercent } from '../../format/format-percent.ts';
import { formatSupplyShare } from '../../format/format-supply-share.ts';
import type { MajorityVoteParams } from '../../generated/charter-document.ts';
import { choice, duration, percent, supplyShare } from '../fields.ts';
import { defineNodeKind } from '../node-kind.ts';
import { flowIn, passedFailed, votersIn } from '../ports.ts';

/**
 * A yes/no vote with quorum and support threshold, as OpenZeppelin's Governor and Aragon's TokenVoting run it.
 * Passing needs the quorum met and For strictly above the support threshold of For + Against.
 */
export const majorityVote = defineNodeKind<MajorityVoteParams>({
  kind: 'majority-vote',
  group: 'convex',
  title: { en: 'Majority vote', ko: '다수결 투표' },
  description: {
    en: 'A yes/no vote: passes when enough people take part (quorum) and For beats Against.',
    ko: '찬반 투표: 충분히 참여하고(정족수) 찬성이 반대를 넘으면 가결됩니다.',
  },
  params: {
    type: 'object',
    additionalProperties: false,
    properties: {
      quorum: supplyShare({
        title: { en: 'Quorum', ko: '정족수' },
        description:
          'How much voting power must take part: a share of total supply ({"percent": "4"}) or an amount ({"absolute": "40000"}).',
        default: { percent: '4' },
      }),
      quorumCounts: choice({
        title: { en: 'Counts toward quorum', ko: '정족수에 세는 표' },
        description:
          "for: For votes only (Compound's Governor Bravo); for+abstain: For and Abstain (OpenZeppelin's GovernorCountingSimple); all: every vote (Aragon).",
        values: ['for', 'for+abstain', 'all'],
        default: 'for+abstain',
      }),
      supportThreshold: percent({
        title: { en: 'Support needed', ko: '필요한 찬성 비율' },
        description:
          'For must be strictly more than this share of For + Against. 50 is a simple majority; 66.67 a two-thirds majority.',
        default: '50',
      }),
      votingDelay: duration({
        title: { en: 'Voting delay', ko: '투표 대기 기간' },
        description: 'Time between the proposal and the start of voting, for voters to read it and delegate.',
        default: 86_400,
      }),
      votingPeriod: duration({
        title: { en: 'Voting period', ko: '투표 기간' },
        default: 604_800,
        minimum: 1,
      }),
      lateQuorumExtension: duration({
        title: { en: 'Late-quorum extension', ko: '막판 정족수 연장' },
        description:
          'If quorum is reached this close to the end, voting is extended by this much (GovernorPreventLateQuorum). 0 turns it off.',
        default: 0,
      }),
      superQuorum: percent({
        title: { en: 'Super quorum', ko: '초과 정족수' },
        description:
          'Optional: once For alone reaches this share of supply, the vote succeeds early (GovernorSuperQuorum).',
      }),
      votingMode: choice({
        title: { en: 'Voting mode', ko: '투표 방식' },
        description:
          "standard; early-execution: executes as soon as the outcome can't change; vote-replacement: voters may change their vote (Aragon's modes).",
        values: ['standard', 'early-execution', 'vote-replacement'],
        default: 'standard',
      }),
    },
  },
  ports: () => [flowIn, votersIn(), ...passedFailed],
  summary: (p, lang) => {
    const quorum = formatSupplyShare(p.quorum, lang);
    const period = formatDuration(p.votingPeriod, lang);
    const support = p.supportThreshold === '50' ? '' : ` · ${formatPercent(p.supportThreshold)}`;
    return lang === 'ko'
      ? `정족수 ${quorum}${support} · ${period}`
      : `${quorum} quorum${support} · ${period}`;
  },
});
