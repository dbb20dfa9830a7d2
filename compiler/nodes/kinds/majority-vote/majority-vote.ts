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
        description: {
          en: 'How much voting power must take part: a share of all tokens, or a fixed amount.',
          ko: '얼마나 많은 투표권이 참여해야 하는지: 전체 토큰 대비 비율 또는 정해진 양.',
        },
        default: { percent: '4' },
      }),
      quorumCounts: choice({
        title: { en: 'Counts toward quorum', ko: '정족수에 세는 표' },
        description: {
          en: "Which votes count toward quorum. Compound's governor counts For only, OpenZeppelin's For and Abstain, Aragon every vote.",
          ko: '정족수에 어떤 표를 셀지 정합니다. Compound 거버너는 찬성표만, OpenZeppelin은 찬성표와 기권표, Aragon은 모든 표를 셉니다.',
        },
        values: ['for', 'for+abstain', 'all'],
        labels: {
          for: { en: 'For votes only', ko: '찬성표만' },
          'for+abstain': { en: 'For and Abstain votes', ko: '찬성표와 기권표' },
          all: { en: 'Every vote', ko: '모든 표' },
        },
        default: 'for+abstain',
      }),
      supportThreshold: percent({
        title: { en: 'Support needed', ko: '필요한 찬성 비율' },
        description: {
          en: 'For must be more than this share of For and Against together. 50 is a simple majority; 66.67 is two thirds.',
          ko: '찬성이 찬성과 반대를 합친 표에서 이 비율을 넘어야 합니다. 50이면 단순 과반, 66.67이면 3분의 2입니다.',
        },
        default: '50',
      }),
      votingDelay: duration({
        title: { en: 'Voting delay', ko: '투표 대기 기간' },
        description: {
          en: 'Time between the proposal and the start of voting, for voters to read it and delegate.',
          ko: '제안 후 투표가 시작되기까지의 시간. 투표자가 제안을 읽고 위임할 여유를 줍니다.',
        },
        default: 86_400,
      }),
      votingPeriod: duration({
        title: { en: 'Voting period', ko: '투표 기간' },
        default: 604_800,
        minimum: 1,
      }),
      lateQuorumExtension: duration({
        title: { en: 'Late-quorum extension', ko: '막판 정족수 연장' },
        description: {
          en: 'If quorum is reached this close to the end, voting goes on this much longer, so a last-minute rush cannot decide alone. 0 turns it off.',
          ko: '마감이 이만큼 남았을 때 정족수가 채워지면 투표를 이만큼 연장해, 막판 몰표만으로 결정되지 않게 합니다. 0이면 끕니다.',
        },
        default: 0,
      }),
      superQuorum: percent({
        title: { en: 'Super quorum', ko: '초과 정족수' },
        description: {
          en: 'Optional: once For alone reaches this share of all tokens, the vote passes early.',
          ko: '선택 사항: 찬성표만으로 전체 토큰의 이 비율에 이르면 일찍 가결됩니다.',
        },
      }),
      votingMode: choice({
        title: { en: 'Voting mode', ko: '투표 방식' },
        description: {
          en: 'Standard waits for the end of voting. Executing early ends it as soon as the outcome can no longer change.',
          ko: '표준은 투표가 끝날 때까지 기다립니다. 조기 실행은 결과가 더 바뀔 수 없게 되면 바로 끝냅니다.',
        },
        values: ['standard', 'early-execution', 'vote-replacement'],
        labels: {
          standard: { en: 'Standard: wait for the end', ko: '표준: 마감까지 기다림' },
          'early-execution': { en: 'Execute early once decided', ko: '결과가 정해지면 조기 실행' },
          'vote-replacement': { en: 'Voters may change their vote', ko: '투표 변경 허용' },
        },
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
