import { capitalize } from '../../../format/capitalize.ts';
import { formatDuration } from '../../../format/format-duration.ts';
import { formatPercent } from '../../../format/format-percent.ts';
import { koreanParticle } from '../../../format/korean-particle.ts';
import { asset, choice, duration, percent } from '../../fields.ts';
import { defineNodeKind } from '../../node-kind.ts';
import { decidedFailed, flowIn, votersIn } from '../../ports.ts';
import { convictionStep } from './step.ts';
import { convictionStepNote } from './step-note.ts';
import { convictionTargets } from './targets.ts';

/**
 * Conviction voting (1Hive, Gardens): stake behind a proposal builds conviction over time, and a funding request
 * passes once conviction crosses a threshold that grows with the share of the pool it asks for.
 */
export const conviction = defineNodeKind({
  kind: 'conviction',
  group: 'concave',
  title: { en: 'Conviction voting', ko: '확신 투표' },
  description: {
    en: 'Support builds up the longer it is staked; a request passes once it crosses a threshold set by its size.',
    ko: '지지를 오래 걸어 둘수록 확신이 쌓이고, 요청 규모에 따른 기준을 넘으면 통과합니다.',
  },
  params: {
    type: 'object',
    additionalProperties: false,
    required: ['fundsAsset'],
    properties: {
      proposalKind: choice({
        title: { en: 'Proposals ask for', ko: '제안 종류' },
        description: 'funding: requests from a common pool; signaling: stake shows support, nothing is paid.',
        values: ['funding', 'signaling'],
        default: 'funding',
      }),
      fundsAsset: asset({ title: { en: 'Pool asset', ko: '풀 자산' } }),
      convictionGrowth: duration({
        title: { en: 'Conviction growth', ko: '확신 성장 기간' },
        description:
          "Half-life of conviction: time for staked support to reach half its maximum (Gardens' 'conviction growth'). Sets the decay.",
        default: 604_800,
        minimum: 1,
      }),
      spendingLimit: percent({
        title: { en: 'Spending limit', ko: '지출 한도' },
        description: 'The largest share of the pool one proposal may ask for (maxRatio, β).',
        default: '20',
      }),
      minimumConviction: percent({
        title: { en: 'Minimum conviction', ko: '최소 확신' },
        description: 'Share of staked support a tiny request still needs (sets the weight, ρ).',
        default: '2.5',
      }),
      minThresholdStake: percent({
        title: { en: 'Minimum effective stake', ko: '최소 유효 스테이크' },
        description:
          "So a quiet pool is not drained, no threshold is below what the smallest request needs when this share of supply is staked (Gardens' fixed minimum threshold, minThresholdPoints).",
        default: '20',
      }),
    },
  },
  ports: () => [flowIn, votersIn({ en: 'Stakers', ko: '스테이커' }), ...decidedFailed],
  summary: (p, lang) => {
    const growth = formatDuration(p.convictionGrowth, lang);
    const limit = formatPercent(p.spendingLimit);
    return lang === 'ko' ? `성장 ${growth} · 한도 ${limit}` : `${growth} growth · ${limit} limit`;
  },
  explain: (p, { language, voters }) => {
    const growth = formatDuration(p.convictionGrowth, language);
    const limit = formatPercent(p.spendingLimit);
    return language === 'ko'
      ? `${koreanParticle(voters, '이', '가')} 지지를 스테이킹하면 확신이 쌓이며(반감기 ${growth}), 확신이 요청 규모에 따라 커지는 기준을 넘으면 통과합니다. 요청은 풀의 ${limit}를 넘을 수 없습니다.`
      : `${capitalize(voters)} stake behind it and conviction builds up (half of its maximum after ${growth}); it passes once conviction crosses a threshold that grows with the share of the pool it asks for, at most ${limit}.`;
  },
  flow: { role: 'decision' },
  stepNote: convictionStepNote,
  simulation: convictionStep,
  targets: convictionTargets,
  anchorsOn: ['gardens'],
});
