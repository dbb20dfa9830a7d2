import { durationAdjective } from '../../../format/duration-adjective.ts';
import { formatAmount } from '../../../format/format-amount.ts';
import { formatDuration } from '../../../format/format-duration.ts';
import { formatPercent } from '../../../format/format-percent.ts';
import { koreanParticle } from '../../../format/korean-particle.ts';
import { amount, asset, duration, percent } from '../../fields.ts';
import { defineNodeKind } from '../../node-kind.ts';
import { decidedFailed, flowIn, votersIn } from '../../ports.ts';
import { choiceNote } from '../../step-note.ts';
import { quadraticFundingStep } from './step.ts';
import { quadraticFundingTargets } from './targets.ts';

/** A matching pool split by quadratic funding: many small contributions outweigh a few large ones. */
export const quadraticFunding = defineNodeKind({
  kind: 'quadratic-funding',
  group: 'concave',
  title: { en: 'Quadratic funding', ko: '이차 펀딩' },
  description: {
    en: 'Splits a matching pool across projects by how many people back each one, not how much they give (Gitcoin).',
    ko: '얼마나 많이 냈는지보다 얼마나 많은 사람이 후원했는지로 매칭 풀을 나눕니다 (Gitcoin 방식).',
  },
  params: {
    type: 'object',
    additionalProperties: false,
    required: ['matchingPool', 'asset'],
    properties: {
      matchingPool: amount({ title: { en: 'Matching pool', ko: '매칭 풀' } }),
      asset: asset({ title: { en: 'Pool asset', ko: '풀 자산' } }),
      matchingCap: percent({
        title: { en: 'Matching cap per project', ko: '프로젝트별 매칭 상한' },
        description: {
          en: 'Optional: the largest share of the pool one project can receive; what is over it goes to the others.',
          ko: '선택 사항: 한 프로젝트가 받을 수 있는 풀의 최대 비율. 넘는 몫은 다른 프로젝트에 나눕니다.',
        },
      }),
      minContribution: amount({
        title: { en: 'Smallest contribution counted', ko: '인정되는 최소 기부액' },
        default: '1',
      }),
      roundDuration: duration({
        title: { en: 'Round length', ko: '라운드 기간' },
        default: 1_209_600,
        minimum: 1,
      }),
    },
  },
  ports: () => [flowIn, votersIn({ en: 'Contributors', ko: '기부자' }), ...decidedFailed],
  summary: (p, lang) => {
    const pool = formatAmount(p.matchingPool, p.asset.symbol);
    const round = formatDuration(p.roundDuration, lang);
    return lang === 'ko' ? `매칭 ${pool} · ${round}` : `${pool} matching · ${round}`;
  },
  explain: (p, { language, voters }) => {
    const pool = formatAmount(p.matchingPool, p.asset.symbol);
    const round = durationAdjective(p.roundDuration, language) ?? formatDuration(p.roundDuration, language);
    const cap = p.matchingCap
      ? language === 'ko'
        ? `(프로젝트당 풀의 ${formatPercent(p.matchingCap)}까지)`
        : `, at most ${formatPercent(p.matchingCap)} of the pool per project`
      : '';
    return language === 'ko'
      ? `${round} 동안의 이차 펀딩 라운드에서 ${voters}의 기부에 따라 매칭 풀 ${koreanParticle(pool, '을', '를')} 나눕니다${cap}.`
      : `A ${round} quadratic-funding round splits ${pool} of matching among projects: the more contributors back a project, the larger its match${cap}. Contributors are ${voters}.`;
  },
  flow: { role: 'decision' },
  stepNote: choiceNote,
  simulation: quadraticFundingStep,
  targets: quadraticFundingTargets,
});
