import { capitalize } from '../../../format/capitalize.ts';
import { formatDuration } from '../../../format/format-duration.ts';
import { koreanParticle } from '../../../format/korean-particle.ts';
import { choice, count, duration, supplyShare } from '../../fields.ts';
import { defineNodeKind } from '../../node-kind.ts';
import { decidedFailed, flowIn, votersIn } from '../../ports.ts';
import { choiceNote } from '../../step-note.ts';
import { scoreStep } from './step.ts';
import { scoreTargets } from './targets.ts';

/** Each voter scores every option on a scale; the mean or median score ranks them. */
export const score = defineNodeKind({
  kind: 'score',
  group: 'concave',
  title: { en: 'Score vote', ko: '점수 투표' },
  description: {
    en: 'Voters score each option on a scale, say 0 to 5; options are ranked by their mean or median score.',
    ko: '투표자가 선택지마다 점수(예: 0~5)를 매기고, 평균 또는 중앙값으로 순위를 정합니다.',
  },
  params: {
    type: 'object',
    additionalProperties: false,
    properties: {
      minScore: count({ title: { en: 'Lowest score', ko: '최저 점수' }, default: 0, maximum: 1000 }),
      maxScore: count({
        title: { en: 'Highest score', ko: '최고 점수' },
        default: 5,
        minimum: 1,
        maximum: 1000,
      }),
      aggregation: choice({
        title: { en: 'Ranked by', ko: '집계 방식' },
        values: ['mean', 'median'],
        labels: {
          mean: { en: 'Average score', ko: '평균 점수' },
          median: { en: 'Middle score', ko: '중앙값 점수' },
        },
        default: 'mean',
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
      ? `${p.minScore}–${p.maxScore}점 ${p.aggregation === 'mean' ? '평균' : '중앙값'} · ${formatDuration(p.votingPeriod, lang)}`
      : `${p.minScore}–${p.maxScore} ${p.aggregation} · ${formatDuration(p.votingPeriod, lang)}`,
  explain: (p, { language, voters }) => {
    // The pass rule of the score mechanism (compiler/simulate/mechanisms/score-vote.ts): above the middle of the scale.
    const middle = String((p.minScore + p.maxScore) / 2);
    return language === 'ko'
      ? `${koreanParticle(voters, '이', '가')} 선택지마다 ${p.minScore}–${p.maxScore}점을 매기고 ${p.aggregation === 'mean' ? '평균' : '중앙값'}으로 순위를 정합니다. ${p.aggregation === 'mean' ? '평균' : '중앙값'}이 척도의 가운데(${middle}점)를 넘는 선택지만 채택되며, 그런 선택지가 없으면 결과가 없습니다.`
      : `${capitalize(voters)} score each option from ${p.minScore} to ${p.maxScore}; options rank by their ${p.aggregation} score. An option is chosen only when its ${p.aggregation} score is above the middle of the scale (${middle}); when none is, there is no result.`;
  },
  flow: { role: 'decision' },
  stepNote: choiceNote,
  simulation: scoreStep,
  targets: scoreTargets,
});
