import { capitalize } from '../../../format/capitalize.ts';
import { formatDuration } from '../../../format/format-duration.ts';
import { formatPercent } from '../../../format/format-percent.ts';
import { koreanParticle } from '../../../format/korean-particle.ts';
import { count, duration, object, percent } from '../../fields.ts';
import { defineNodeKind } from '../../node-kind.ts';
import { flowIn, flowOut, votersIn } from '../../ports.ts';
import { vetoChecks } from './checks.ts';
import { vetoLint } from './lint.ts';
import { vetoStep } from './step.ts';
import { vetoStepNote } from './step-note.ts';
import { vetoTargets } from './targets.ts';

/** A second body may block within a window: a citizens' house, a guardian, a security council. */
export const veto = defineNodeKind({
  kind: 'veto',
  group: 'convex',
  title: { en: 'Veto', ko: '거부권' },
  description: {
    en: "Lets a second body block a passed proposal within a window: a citizens' house or a guardian.",
    ko: '가결된 제안을 다른 기구가 정해진 기간 안에 막을 수 있게 합니다: 시민 의회나 가디언.',
  },
  params: {
    type: 'object',
    additionalProperties: false,
    properties: {
      window: duration({
        title: { en: 'Veto window', ko: '거부 기간' },
        description: {
          en: 'How long the vetoing body has to act. 0 means no limit, which Problems warns about.',
          ko: '거부하는 기구가 행동할 수 있는 기간. 0이면 제한이 없으며, 문제 패널이 이를 경고합니다.',
        },
        default: 604_800,
      }),
      threshold: {
        title: 'Vetoes that block',
        'x-ko': {
          title: '차단에 필요한 거부',
          description: '거부하는 기구 중 얼마가 거부해야 하는지: 기구 대비 비율 또는 서명자 수.',
        },
        description: 'How much of the vetoing body must veto: a share of it, or a number of signers.',
        'x-unit': 'veto-threshold',
        type: 'object',
        default: { percent: '50' },
        oneOf: [
          object(
            { title: { en: 'Share of the body', ko: '기구 대비 비율' } },
            { percent: percent({ title: { en: 'Percent', ko: '%' } }) },
            ['percent'],
          ),
          object(
            { title: { en: 'Number of signers', ko: '서명자 수' } },
            { count: count({ title: { en: 'Signers', ko: '서명자' }, minimum: 1 }) },
            ['count'],
          ),
        ],
      },
    },
  },
  ports: () => [
    flowIn,
    votersIn({ en: 'Who may veto', ko: '거부권자' }),
    flowOut('passed', { en: 'Not vetoed', ko: '거부 없음' }, 'passed'),
    flowOut('vetoed', { en: 'Vetoed', ko: '거부됨' }, 'vetoed'),
  ],
  summary: (p, lang) => {
    const n = 'count' in p.threshold ? p.threshold.count : 0;
    const share =
      'percent' in p.threshold
        ? formatPercent(p.threshold.percent)
        : lang === 'ko'
          ? `${n}명`
          : `${n} veto${n === 1 ? '' : 'es'}`;
    const window =
      p.window === 0 ? (lang === 'ko' ? '기한 없음' : 'no time limit') : formatDuration(p.window, lang);
    return lang === 'ko' ? `${share} 거부 시 차단 · ${window}` : `blocked by ${share} · ${window}`;
  },
  explain: (p, { language, voters }) => {
    const needed =
      'percent' in p.threshold
        ? language === 'ko'
          ? `${formatPercent(p.threshold.percent)}`
          : `${formatPercent(p.threshold.percent)} of them`
        : language === 'ko'
          ? `${p.threshold.count}명`
          : `${p.threshold.count} of them`;
    const window =
      p.window === 0
        ? language === 'ko'
          ? '기한 없이'
          : 'at any time'
        : language === 'ko'
          ? `${formatDuration(p.window, language)} 안에`
          : `within ${formatDuration(p.window, language)}`;
    return language === 'ko'
      ? `${koreanParticle(voters, '이', '가')} ${window} 거부할 수 있으며, ${koreanParticle(needed, '이', '가')} 거부하면 막힙니다.`
      : `${capitalize(voters)} can veto it ${window}; ${needed} suffice to block it.`;
  },
  flow: { role: 'decision' },
  stepNote: vetoStepNote,
  simulation: vetoStep,
  targets: vetoTargets,
  checks: vetoChecks,
  lint: vetoLint,
});
