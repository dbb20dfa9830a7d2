import { formatPercent } from '../../../format/format-percent.ts';
import { choice, percent } from '../../fields.ts';
import { defineNodeKind } from '../../node-kind.ts';
import { votersOut } from '../../ports.ts';
import { weightingElectorate } from './electorate.ts';
import { weightingTargets } from './targets.ts';

/** Reweighs another electorate: quadratic (square root of power) or capped at a share of supply. */
export const weighting = defineNodeKind({
  kind: 'weighting',
  group: 'electorates',
  title: { en: 'Weighting', ko: '가중치' },
  description: {
    en: "Damps large holders: each voter's weight becomes the square root of their power, or is capped.",
    ko: '큰 보유자의 영향력을 줄입니다: 투표권의 제곱근을 쓰거나 상한을 둡니다.',
  },
  params: {
    type: 'object',
    additionalProperties: false,
    properties: {
      mode: choice({
        title: { en: 'Weighting', ko: '가중 방식' },
        values: ['quadratic', 'capped'],
        labels: {
          quadratic: { en: 'Quadratic: square root of the tokens', ko: '이차: 토큰 수의 제곱근' },
          capped: { en: 'Capped per voter', ko: '1인 상한' },
        },
        default: 'quadratic',
      }),
      capPercent: percent({
        title: { en: 'Cap per voter', ko: '1인 상한' },
        description: {
          en: 'When capped: the most voting power one voter counts for, as a share of all tokens.',
          ko: '상한을 둘 때: 한 투표자가 가질 수 있는 최대 투표권, 전체 토큰 대비 비율.',
        },
        default: '1',
      }),
    },
  },
  ports: () => [
    {
      id: 'source',
      type: 'electorate',
      direction: 'in',
      min: 1,
      max: 1,
      label: { en: 'Electorate to reweigh', ko: '대상 투표자' },
    },
    votersOut,
  ],
  summary: (p, lang) => {
    if (p.mode === 'quadratic') return lang === 'ko' ? '제곱근 가중' : 'square-root weight';
    return lang === 'ko'
      ? `1인 상한 ${formatPercent(p.capPercent)}`
      : `capped at ${formatPercent(p.capPercent)} each`;
  },
  explain: (p, { language, voters }) => {
    if (p.mode === 'quadratic')
      return language === 'ko'
        ? `${voters}(잔고의 제곱근만큼)`
        : `${voters}, each weighted by the square root of their balance`;
    const cap = formatPercent(p.capPercent);
    return language === 'ko'
      ? `${voters}(1인당 공급량의 ${cap}까지)`
      : `${voters}, each counted for at most ${cap} of supply`;
  },
  flow: { role: 'electorate' },
  targets: weightingTargets,
  electorate: weightingElectorate,
});
