import { capitalize } from '../../../format/capitalize.ts';
import { formatAmount } from '../../../format/format-amount.ts';
import { formatDuration } from '../../../format/format-duration.ts';
import { formatPercent } from '../../../format/format-percent.ts';
import { formatSupplyShare } from '../../../format/format-supply-share.ts';
import { koreanParticle } from '../../../format/korean-particle.ts';
import { addressList, amount, choice, duration, object, percent, supplyShare } from '../../fields.ts';
import { defineNodeKind } from '../../node-kind.ts';
import { flowIn, passedFailed, votersIn } from '../../ports.ts';
import { majorityVoteChecks } from './checks.ts';
import { majorityVoteLint } from './lint.ts';
import { quorumWords } from './quorum-words.ts';
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
      quorumOf: choice({
        title: { en: 'Quorum is a share of', ko: '정족수의 기준' },
        description: {
          en: 'What a percent quorum is a share of: every token there is (as most governors count), or only the tokens delegated to someone, which is the voting power that can vote (as Arbitrum counts).',
          ko: '비율 정족수의 기준: 발행된 모든 토큰(대부분의 거버너 방식), 또는 누군가에게 위임되어 실제로 투표할 수 있는 토큰만(Arbitrum 방식).',
        },
        values: ['supply', 'delegated'],
        labels: {
          supply: { en: 'Every token there is', ko: '발행된 모든 토큰' },
          delegated: { en: 'Delegated tokens only', ko: '위임된 토큰만' },
        },
      }),
      quorumExcluded: addressList({
        title: { en: 'Left out of the quorum', ko: '정족수 기준에서 빼는 주소' },
        description: {
          en: "Addresses whose tokens do not count in what the quorum is a share of, such as the DAO's own treasury (Arbitrum leaves one out).",
          ko: '정족수 비율을 계산할 때 빼는 주소. 예를 들어 DAO 자신의 금고(Arbitrum은 주소 하나를 뺍니다).',
        },
      }),
      quorumMinimum: amount({
        title: { en: 'Quorum at least', ko: '최소 정족수' },
        description: {
          en: 'However the share works out, the quorum is never below this many tokens (Arbitrum sets a minimum).',
          ko: '비율로 계산한 값과 상관없이 정족수는 이 토큰 수보다 작아지지 않습니다(Arbitrum은 최솟값을 둡니다).',
        },
      }),
      quorumMaximum: amount({
        title: { en: 'Quorum at most', ko: '최대 정족수' },
        description: {
          en: 'However the share works out, the quorum is never above this many tokens (Arbitrum sets a maximum).',
          ko: '비율로 계산한 값과 상관없이 정족수는 이 토큰 수보다 커지지 않습니다(Arbitrum은 최댓값을 둡니다).',
        },
      }),
      quorumRise: object(
        {
          title: { en: 'Quorum rises with Against', ko: '반대에 따라 오르는 정족수' },
          description: {
            en: 'The more votes Against, the higher the quorum, as Nouns does: for every 0.01% of the tokens voting Against, the quorum rises by the rate below, up to a limit.',
            ko: 'Nouns처럼 반대표가 많을수록 정족수가 올라갑니다. 토큰의 0.01%가 반대할 때마다 아래 비율만큼 오르며, 한도까지 오릅니다.',
          },
        },
        {
          coefficient: {
            title: 'Rise per Against',
            description:
              'How much the quorum rises (in 0.01% steps) for each 0.01% of the tokens voting Against, up to 6 decimal places.',
            'x-ko': {
              title: '반대 1bp당 상승',
              description:
                '토큰의 0.01%가 반대할 때마다 정족수가 몇 단계(0.01% 단위) 오르는지. 소수점 6자리까지.',
            },
            type: 'string',
            pattern: '^(?:0|[1-9][0-9]{0,5})(?:\\.[0-9]{1,6})?$',
          },
          maximum: percent({ title: { en: 'Rises up to', ko: '상승 한도' } }),
        },
        ['coefficient', 'maximum'],
      ),
      forThreshold: amount({
        title: { en: 'For must exceed', ko: '찬성이 넘어야 하는 양' },
        description: {
          en: 'Besides the share, For must be more than this many tokens (as Aave asks).',
          ko: '비율과 별도로, 찬성표가 이 토큰 수보다 많아야 합니다(Aave 방식).',
        },
      }),
      forMargin: amount({
        title: { en: 'For must lead Against by more than', ko: '찬성이 반대를 앞서야 하는 차이' },
        description: {
          en: 'For must be ahead of Against by more than this many tokens (as Aave asks).',
          ko: '찬성표가 반대표보다 이 토큰 수를 넘게 앞서야 합니다(Aave 방식).',
        },
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
    const ko = lang === 'ko';
    const delegated = p.quorumOf === 'delegated' ? (ko ? '위임분의 ' : ' of delegated') : '';
    let quorum = ko
      ? `${delegated}${formatSupplyShare(p.quorum, lang)}`
      : `${formatSupplyShare(p.quorum, lang)}${delegated}`;
    if (p.quorumRise)
      quorum += ko
        ? `→${formatPercent(p.quorumRise.maximum)}`
        : ` rising to ${formatPercent(p.quorumRise.maximum)}`;
    if (p.quorumMinimum !== undefined || p.quorumMaximum !== undefined)
      quorum += ` (${formatAmount(p.quorumMinimum ?? '0')}–${p.quorumMaximum === undefined ? '' : formatAmount(p.quorumMaximum)})`;
    const period = formatDuration(p.votingPeriod, lang);
    const support = p.supportThreshold === '50' ? '' : ` · ${formatPercent(p.supportThreshold)}`;
    const extra = [
      p.forThreshold === undefined ? '' : ` · ${ko ? '찬성' : 'For'} > ${formatAmount(p.forThreshold)}`,
      p.forMargin === undefined
        ? ''
        : ` · ${ko ? '찬성−반대' : 'For − Against'} > ${formatAmount(p.forMargin)}`,
    ].join('');
    return ko
      ? `정족수 ${quorum}${support}${extra} · ${period}`
      : `${quorum} quorum${support}${extra} · ${period}`;
  },
  explain: (p, { language, voters, unit, perPerson }) => {
    const whole = perPerson
      ? language === 'ko'
        ? voters
        : 'them'
      : language === 'ko'
        ? `전체 ${unit}`
        : `all ${unit}`;
    const { quorum, passing, after } = quorumWords(p, language, { whole, unit });
    const delay = formatDuration(p.votingDelay, language);
    const period = formatDuration(p.votingPeriod, language);
    const simple = p.supportThreshold === '50';
    // A quorum of 0 (Aave's votes, where the For threshold does its work) is not said: "at least 0 AAVE" says nothing.
    const noQuorum = /^0(\.0+)?$/.test('percent' in p.quorum ? p.quorum.percent : p.quorum.absolute);
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
      // Clauses of one sentence: every "…해야 합니다" but the last becomes "…해야 하고,".
      const rules = [support, ...passing].map((clause, index, all) =>
        index < all.length - 1 ? clause.replace(/합니다$/, '하고,') : clause,
      );
      const needs = noQuorum ? rules.join(' ') : `${quorum} 이상이 ${counts}해야 하고, ${rules.join(' ')}`;
      return `${koreanParticle(voters, '이', '가')} ${start} ${period} 동안 투표합니다. ${needs}.${after}${late}`;
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
    const rules = passing.length === 0 ? support : `${support}; ${passing.join(', and ')}`;
    const needs = noQuorum ? capitalize(rules) : `At least ${quorum} must ${counts}, and ${rules}`;
    return `${capitalize(voters)} vote: voting starts ${start} and lasts ${period}. ${needs}.${after}${late}${early}`;
  },
  flow: { role: 'decision' },
  stepNote: majorityVoteStepNote,
  simulation: majorityVoteStep,
  targets: majorityVoteTargets,
  lint: majorityVoteLint,
  checks: majorityVoteChecks,
});
