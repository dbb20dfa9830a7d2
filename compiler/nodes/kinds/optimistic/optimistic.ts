import { formatAmount } from '../../../format/format-amount.ts';
import { formatDuration } from '../../../format/format-duration.ts';
import { formatPercent } from '../../../format/format-percent.ts';
import { formatSupplyShare } from '../../../format/format-supply-share.ts';
import { duration, supplyShare } from '../../fields.ts';
import { defineNodeKind } from '../../node-kind.ts';
import { flowIn, flowOut, votersIn } from '../../ports.ts';
import { optimisticStep } from './step.ts';
import { optimisticStepNote } from './step-note.ts';
import { optimisticTargets } from './targets.ts';

/** Passes unless objections exceed a threshold within the challenge period (Optimism's optimistic approval). */
export const optimistic = defineNodeKind({
  kind: 'optimistic',
  group: 'convex',
  title: { en: 'Optimistic approval', ko: '낙관적 승인' },
  description: {
    en: 'Passes by default unless enough voters object within a window.',
    ko: '기간 안에 충분한 반대가 없으면 기본으로 통과합니다.',
  },
  params: {
    type: 'object',
    additionalProperties: false,
    properties: {
      challengePeriod: duration({
        title: { en: 'Challenge period', ko: '이의 제기 기간' },
        default: 604_800,
        minimum: 1,
      }),
      objectionThreshold: supplyShare({
        title: { en: 'Objections that block', ko: '차단에 필요한 반대' },
        description: {
          en: 'How much objecting voting power stops the proposal: a share of all tokens, or a fixed amount. Objections must go above it; exactly this much does not block.',
          ko: '제안을 멈추는 반대 투표권: 전체 토큰 대비 비율 또는 정해진 양. 반대가 이 값을 넘어야 하며, 꼭 이만큼이면 막지 못합니다.',
        },
        default: { percent: '12' },
      }),
    },
  },
  ports: () => [
    flowIn,
    votersIn({ en: 'Who may object', ko: '이의 제기자' }),
    flowOut('passed', { en: 'Not blocked', ko: '통과' }, 'passed'),
    flowOut('failed', { en: 'Blocked', ko: '차단' }, 'failed'),
  ],
  summary: (p, lang) => {
    const share = formatSupplyShare(p.objectionThreshold, lang);
    const period = formatDuration(p.challengePeriod, lang);
    return lang === 'ko'
      ? `${period} 안에 ${share} 초과 반대 시 차단`
      : `blocked by more than ${share} within ${period}`;
  },
  explain: (p, { language, voters, unit }) => {
    const share =
      'percent' in p.objectionThreshold
        ? language === 'ko'
          ? `전체 ${unit}의 ${formatPercent(p.objectionThreshold.percent)}`
          : `${formatPercent(p.objectionThreshold.percent)} of all ${unit}`
        : `${formatAmount(p.objectionThreshold.absolute)} ${unit}`;
    const period = formatDuration(p.challengePeriod, language);
    return language === 'ko'
      ? `${period} 안에 ${voters} 중 ${share}를 넘는 반대가 없으면 통과합니다.`
      : `It passes unless ${voters} holding more than ${share} object within ${period}.`;
  },
  flow: { role: 'decision' },
  stepNote: optimisticStepNote,
  simulation: optimisticStep,
  targets: optimisticTargets,
});
