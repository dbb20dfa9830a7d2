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
        description: {
          en: 'A funding request is paid from a common pool; a signal only shows support, and nothing is paid.',
          ko: '자금 요청은 공동 풀에서 지급되고, 의견 표시는 지지만 보여 줄 뿐 지급되지 않습니다.',
        },
        values: ['funding', 'signaling'],
        labels: {
          funding: { en: 'Funding from the pool', ko: '풀에서 자금 지급' },
          signaling: { en: 'A signal of support only', ko: '지지 표시만' },
        },
        default: 'funding',
      }),
      fundsAsset: asset({ title: { en: 'Pool asset', ko: '풀 자산' } }),
      convictionGrowth: duration({
        title: { en: 'Conviction growth', ko: '확신 성장 기간' },
        description: {
          en: 'How fast support builds up: the time staked support takes to reach half its full weight. It also sets how fast it fades.',
          ko: '지지가 쌓이는 속도: 스테이크한 지지가 최대치의 절반에 이르는 시간. 지지가 식는 속도도 이 값으로 정해집니다.',
        },
        default: 604_800,
        minimum: 1,
      }),
      spendingLimit: percent({
        title: { en: 'Spending limit', ko: '지출 한도' },
        description: {
          en: 'The largest share of the pool one proposal may ask for.',
          ko: '제안 하나가 요청할 수 있는 풀의 최대 비율.',
        },
        default: '20',
      }),
      minimumConviction: percent({
        title: { en: 'Minimum conviction', ko: '최소 확신' },
        description: {
          en: 'The share of staked support that even a very small request needs.',
          ko: '아주 작은 요청에도 필요한 스테이크 지지 비율.',
        },
        default: '2.5',
      }),
      minThresholdStake: percent({
        title: { en: 'Minimum effective stake', ko: '최소 유효 스테이크' },
        description: {
          en: 'So that a quiet pool is not drained: every request needs at least the support it would need if this share of all tokens were staked.',
          ko: '조용한 풀이 바닥나지 않도록, 모든 요청은 전체 토큰의 이 비율이 스테이크되었을 때 필요한 만큼의 지지를 최소한 받아야 합니다.',
        },
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
