import { capitalize } from '../../../format/capitalize.ts';
import { formatDuration } from '../../../format/format-duration.ts';
import { koreanParticle } from '../../../format/korean-particle.ts';
import { count, duration, supplyShare } from '../../fields.ts';
import { defineNodeKind } from '../../node-kind.ts';
import { decidedFailed, flowIn, votersIn } from '../../ports.ts';
import { choiceNote } from '../../step-note.ts';
import { quadraticVotingStep } from './step.ts';
import { quadraticVotingTargets } from './targets.ts';

/** Each voter spends voice credits across options; n votes on one option cost n² credits. */
export const quadraticVoting = defineNodeKind({
  kind: 'quadratic-voting',
  group: 'concave',
  title: { en: 'Quadratic voting', ko: '이차 투표' },
  description: {
    en: 'Voters spread credits across options; strong preferences cost quadratically more.',
    ko: '투표자가 크레딧을 여러 선택지에 나눠 씁니다: 강한 선호일수록 제곱으로 비싸집니다.',
  },
  params: {
    type: 'object',
    additionalProperties: false,
    properties: {
      creditsPerVoter: count({
        title: { en: 'Credits per voter', ko: '1인당 크레딧' },
        default: 100,
        minimum: 1,
      }),
      votingPeriod: duration({
        title: { en: 'Voting period', ko: '투표 기간' },
        default: 604_800,
        minimum: 1,
      }),
      quorum: supplyShare({
        title: { en: 'Quorum', ko: '정족수' },
        description: {
          en: 'Optional: how much voting power must take part.',
          ko: '선택 사항: 얼마나 많은 투표권이 참여해야 하는지.',
        },
      }),
    },
  },
  ports: () => [flowIn, votersIn(), ...decidedFailed],
  summary: (p, lang) =>
    lang === 'ko'
      ? `1인 ${p.creditsPerVoter} 크레딧 · ${formatDuration(p.votingPeriod, lang)}`
      : `${p.creditsPerVoter} credits each · ${formatDuration(p.votingPeriod, lang)}`,
  explain: (p, { language, voters }) =>
    language === 'ko'
      ? `${koreanParticle(voters, '이', '가')} 각자 ${p.creditsPerVoter} 크레딧으로 ${formatDuration(p.votingPeriod, language)} 동안 이차 투표를 합니다.`
      : `${capitalize(voters)} spend ${p.creditsPerVoter} credits each over ${formatDuration(p.votingPeriod, language)}; n votes on one option cost n² credits.`,
  flow: { role: 'decision' },
  stepNote: choiceNote,
  simulation: quadraticVotingStep,
  targets: quadraticVotingTargets,
});
