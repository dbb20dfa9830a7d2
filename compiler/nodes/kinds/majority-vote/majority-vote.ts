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
        description:
          'How much voting power must take part: a share of total supply ({"percent": "4"}) or an amount ({"absolute": "40000"}).',
        default: { percent: '4' },
      }),
      quorumOf: choice({
        title: { en: 'Quorum is a share of', ko: '정족수의 기준' },
        description:
          "What a percent quorum is a share of: supply (the token's total supply, as OpenZeppelin's GovernorVotesQuorumFraction) or delegated (the voting power delegated to someone, as Arbitrum's DVP quorum). Absent: supply.",
        values: ['supply', 'delegated'],
      }),
      quorumExcluded: addressList({
        title: { en: 'Left out of the quorum', ko: '정족수 기준에서 빼는 주소' },
        description:
          "Addresses whose voting power comes out of what the quorum is a share of, before the share is taken (Arbitrum's EXCLUDE_ADDRESS, a DAO treasury).",
      }),
      quorumMinimum: amount({
        title: { en: 'Quorum at least', ko: '최소 정족수' },
        description: "The quorum is never below this amount (Arbitrum's minimumQuorum).",
      }),
      quorumMaximum: amount({
        title: { en: 'Quorum at most', ko: '최대 정족수' },
        description: "The quorum is never above this amount (Arbitrum's maximumQuorum).",
      }),
      quorumRise: object(
        {
          title: { en: 'Quorum rises with Against', ko: '반대에 따라 오르는 정족수' },
          description:
            "Nouns' dynamic quorum: for each whole basis point of the base that votes Against, the quorum's share rises by coefficient basis points (rounded down), up to maximum.",
        },
        {
          coefficient: {
            title: 'Rise per Against',
            'x-ko': { title: '반대 1bp당 상승' },
            description:
              "Basis points of quorum per basis point Against, up to 6 decimal places (Nouns' quorumCoefficient / 10^6).",
            type: 'string',
            pattern: '^(?:0|[1-9][0-9]{0,5})(?:\\.[0-9]{1,6})?$',
          },
          maximum: percent({ title: { en: 'Rises up to', ko: '상승 한도' } }),
        },
        ['coefficient', 'maximum'],
      ),
      forThreshold: amount({
        title: { en: 'For must exceed', ko: '찬성이 넘어야 하는 양' },
        description: "For must be strictly more than this amount (Aave's yesThreshold).",
      }),
      forMargin: amount({
        title: { en: 'For must lead Against by more than', ko: '찬성이 반대를 앞서야 하는 차이' },
        description: "For − Against must be strictly more than this amount (Aave's yesNoDifferential).",
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
