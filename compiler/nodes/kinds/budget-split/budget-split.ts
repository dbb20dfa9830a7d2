import { capitalize } from '../../../format/capitalize.ts';
import { formatAmount } from '../../../format/format-amount.ts';
import { formatDuration } from '../../../format/format-duration.ts';
import { koreanParticle } from '../../../format/korean-particle.ts';
import { amount, asset, choice, duration, supplyShare } from '../../fields.ts';
import { defineNodeKind } from '../../node-kind.ts';
import { decidedFailed, flowIn, votersIn } from '../../ports.ts';
import { choiceNote } from '../../step-note.ts';
import { budgetSplitStep } from './step.ts';
import { budgetSplitTargets } from './targets.ts';

/** Each voter proposes a split of a budget; the result is the normalised median (or mean) of the splits. */
export const budgetSplit = defineNodeKind({
  kind: 'budget-split',
  group: 'concave',
  title: { en: 'Budget split', ko: '예산 배분' },
  description: {
    en: 'Each voter proposes how to split a budget; the result is the median of their splits, a middle everyone can live with.',
    ko: '투표자마다 예산 배분안을 내고, 그 중앙값을 결과로 삼아 모두가 받아들일 만한 중간을 찾습니다.',
  },
  params: {
    type: 'object',
    additionalProperties: false,
    required: ['budget', 'asset'],
    properties: {
      budget: amount({ title: { en: 'Budget', ko: '예산' } }),
      asset: asset({ title: { en: 'Budget asset', ko: '예산 자산' } }),
      aggregation: choice({
        title: { en: 'Combined by', ko: '결합 방식' },
        description: {
          en: "How the voters' splits become one: the middle value for each project, scaled to the budget (resists extreme splits), or the average.",
          ko: '투표자들의 배분을 하나로 합치는 방법: 항목별 중앙값을 예산에 맞춘 값(극단적인 배분에 강함) 또는 평균.',
        },
        values: ['median', 'mean'],
        labels: { median: { en: 'Middle value', ko: '중앙값' }, mean: { en: 'Average', ko: '평균' } },
        default: 'median',
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
  summary: (p, lang) => {
    const budget = formatAmount(p.budget, p.asset.symbol);
    const how = lang === 'ko' ? (p.aggregation === 'median' ? '중앙값' : '평균') : p.aggregation;
    return `${budget} · ${how} · ${formatDuration(p.votingPeriod, lang)}`;
  },
  explain: (p, { language, voters }) => {
    const budget = formatAmount(p.budget, p.asset.symbol);
    return language === 'ko'
      ? `${koreanParticle(voters, '이', '가')} 각자 ${budget}의 배분안을 내고, 그 ${p.aggregation === 'median' ? '중앙값' : '평균'}이 결과가 됩니다.`
      : `${capitalize(voters)} each propose how to split ${budget}; the ${p.aggregation === 'median' ? 'median' : 'mean'} of their splits, scaled to the budget, is the result.`;
  },
  flow: { role: 'decision' },
  stepNote: choiceNote,
  simulation: budgetSplitStep,
  targets: budgetSplitTargets,
});
