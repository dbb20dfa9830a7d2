import { defineNodeKind } from '../../node-kind.ts';
import { flowIn } from '../../ports.ts';
import { rejectStepNote } from './step-note.ts';
import { rejectTargets } from './targets.ts';

/** The proposal stops here and nothing is executed. */
export const reject = defineNodeKind({
  kind: 'reject',
  group: 'outcomes',
  title: { en: 'Reject', ko: '기각' },
  description: {
    en: 'The proposal stops here; nothing is executed.',
    ko: '제안이 여기서 멈추고 아무것도 실행되지 않습니다.',
  },
  params: { type: 'object', additionalProperties: false, properties: {} },
  ports: () => [flowIn],
  summary: (_p, lang) => (lang === 'ko' ? '실행하지 않음' : 'nothing runs'),
  explain: (_p, { language }) => (language === 'ko' ? '기각됩니다' : 'it is rejected'),
  flow: { role: 'outcome', outcome: 'rejected', runsOn: () => null },
  stepNote: rejectStepNote,
  targets: rejectTargets,
});
