import { defineNodeKind } from '../../node-kind.ts';
import { passedFailed } from '../../ports.ts';
import { waitingNote } from '../../step-note.ts';
import { anyOfStep } from './step.ts';
import { anyOfTargets } from './targets.ts';

/** Passes as soon as one incoming branch passed: several bodies, any one suffices. */
export const anyOf = defineNodeKind({
  kind: 'any-of',
  group: 'combinators',
  title: { en: 'Any of', ko: '하나라도 동의' },
  description: {
    en: 'Any one of several bodies suffices: passes as soon as one incoming branch has passed.',
    ko: '여러 기구 중 하나만 동의하면 됩니다: 들어오는 갈래 하나가 가결되면 통과합니다.',
  },
  params: { type: 'object', additionalProperties: false, properties: {} },
  ports: () => [
    {
      id: 'in',
      type: 'flow',
      direction: 'in',
      min: 2,
      label: { en: 'Bodies, any of which', ko: '기구들 중 하나' },
    },
    ...passedFailed,
  ],
  summary: (_p, lang) => (lang === 'ko' ? '하나만 가결되면 됨' : 'any branch may pass'),
  explain: (_p, { language }) =>
    language === 'ko'
      ? '들어오는 기구 중 하나만 가결하면 됩니다.'
      : 'Any one body that leads here passing it is enough.',
  flow: { role: 'join', needs: 'any' },
  stepNote: waitingNote,
  simulation: anyOfStep,
  targets: anyOfTargets,
});
