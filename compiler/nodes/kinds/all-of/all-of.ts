import { defineNodeKind } from '../../node-kind.ts';
import { passedFailed } from '../../ports.ts';
import { waitingNote } from '../../step-note.ts';
import { allOfStep } from './step.ts';
import { allOfTargets } from './targets.ts';

/** Passes only when every incoming branch passed: a bicameral DAO joins its houses here. */
export const allOf = defineNodeKind({
  kind: 'all-of',
  group: 'combinators',
  title: { en: 'All of', ko: '모두 동의' },
  description: {
    en: 'Several bodies must all agree: passes only when every incoming branch has passed (bicameral).',
    ko: '여러 기구가 모두 동의해야 합니다: 들어오는 모든 갈래가 가결되어야 통과합니다 (양원제).',
  },
  params: { type: 'object', additionalProperties: false, properties: {} },
  ports: () => [
    {
      id: 'in',
      type: 'flow',
      direction: 'in',
      min: 2,
      label: { en: 'Bodies that must agree', ko: '동의할 기구들' },
    },
    ...passedFailed,
  ],
  summary: (_p, lang) => (lang === 'ko' ? '모두 가결되어야 함' : 'every branch must pass'),
  explain: (_p, { language }) =>
    language === 'ko'
      ? '들어오는 모든 기구가 가결해야 합니다.'
      : 'Every body that leads here must have passed it.',
  flow: { role: 'join', needs: 'all' },
  stepNote: waitingNote,
  simulation: allOfStep,
  targets: allOfTargets,
});
