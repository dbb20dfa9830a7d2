import { capitalize } from '../../../format/capitalize.ts';
import { formatAmount } from '../../../format/format-amount.ts';
import { formatDuration } from '../../../format/format-duration.ts';
import { formatPercent } from '../../../format/format-percent.ts';
import { formatSupplyShare } from '../../../format/format-supply-share.ts';
import { koreanParticle } from '../../../format/korean-particle.ts';
import { choice, duration, percent, supplyShare } from '../../fields.ts';
import { defineNodeKind } from '../../node-kind.ts';
import { flowIn, passedFailed, votersIn } from '../../ports.ts';
import { majorityVoteLint } from './lint.ts';
import { majorityVoteStep } from './step.ts';
import { majorityVoteStepNote } from './step-note.ts';
import { majorityVoteTargets } from './targets.ts';

/**
 * A yes/no vote with quorum and support threshold, as OpenZeppelin's Governor and Aragon's TokenVoting run it.
 * Passing needs the quorum met and For strictly above the support threshold of For + Against.
 */
export const majorityVote = defineNodeKind({
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
  explain: (p, { language, voters, unit, perPerson }) => {
    const whole = perPerson
      ? language === 'ko'
        ? voters
        : 'them'
      : language === 'ko'
        ? `전체 ${unit}`
        : `all ${unit}`;
    const quorum =
      'percent' in p.quorum
        ? language === 'ko'
          ? `${whole}의 ${formatPercent(p.quorum.percent)}`
          : `${formatPercent(p.quorum.percent)} of ${whole}`
        : `${formatAmount(p.quorum.absolute)} ${unit}`;
    const delay = formatDuration(p.votingDelay, language);
    const period = formatDuration(p.votingPeriod, language);
    const simple = p.supportThreshold === '50';
    if (language === 'ko') {
      const counts = { for: '찬성', 'for+abstain': '찬성 또는 기권', all: '투표' }[p.quorumCounts];
      const support = simple
        ? '찬성이 반대보다 많아야 합니다'
        : `찬성이 찬반 합계의 ${formatPercent(p.supportThreshold)}를 넘어야 합니다`;
      const start = p.votingDelay === 0 ? '제안 즉시' : `제안 ${delay} 뒤부터`;
      const late =
        p.lateQuorumExtension > 0
          ? ` 막판에 정족수가 채워지면 투표가 ${formatDuration(p.lateQuorumExtension, language)} 연장됩니다.`
          : '';
      return `${koreanParticle(voters, '이', '가')} ${start} ${period} 동안 투표합니다. ${quorum} 이상이 ${counts}해야 하고, ${support}.${late}`;
    }
    const counts = { for: 'vote For', 'for+abstain': 'vote For or Abstain', all: 'vote' }[p.quorumCounts];
    const support = simple
      ? 'For must beat Against'
      : `For must be more than ${formatPercent(p.supportThreshold)} of For and Against`;
    const start = p.votingDelay === 0 ? 'as soon as it is proposed' : `${delay} after the proposal`;
    const late =
      p.lateQuorumExtension > 0
        ? ` If quorum is reached near the end, voting is extended by ${formatDuration(p.lateQuorumExtension, language)}.`
        : '';
    const early = p.superQuorum
      ? ` Once For reaches ${formatPercent(p.superQuorum)} of all ${unit}, it passes early.`
      : '';
    return `${capitalize(voters)} vote: voting starts ${start} and lasts ${period}. At least ${quorum} must ${counts}, and ${support}.${late}${early}`;
  },
  flow: { role: 'decision' },
  stepNote: majorityVoteStepNote,
  simulation: majorityVoteStep,
  targets: majorityVoteTargets,
  lint: majorityVoteLint,
});
