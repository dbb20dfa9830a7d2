import { choice } from '../../fields.ts';
import { defineNodeKind } from '../../node-kind.ts';
import { flowIn } from '../../ports.ts';
import { signalStepNote } from './step-note.ts';
import { signalTargets } from './targets.ts';

/** Where a signal is recorded, as the card and the explanation say it. */
const recordedWhere = {
  snapshot: { en: 'on Snapshot', ko: 'Snapshot에' },
  forum: { en: 'on the forum', ko: '포럼에' },
  other: { en: 'off-chain', ko: '오프체인에' },
} as const;

/** An off-chain result: the outcome is recorded and acted on by people, not executed by a contract. */
export const signal = defineNodeKind({
  kind: 'signal',
  group: 'outcomes',
  title: { en: 'Signal', ko: '신호' },
  description: {
    en: 'An off-chain result: recorded for people to act on, not executed by a contract.',
    ko: '오프체인 결과: 컨트랙트가 실행하지 않고, 사람들이 따르도록 기록됩니다.',
  },
  params: {
    type: 'object',
    additionalProperties: false,
    properties: {
      platform: choice({
        title: { en: 'Recorded on', ko: '기록 위치' },
        values: ['snapshot', 'forum', 'other'],
        labels: {
          snapshot: { en: 'Snapshot', ko: 'Snapshot' },
          forum: { en: 'A forum', ko: '포럼' },
          other: { en: 'Somewhere else', ko: '그 밖의 곳' },
        },
        default: 'snapshot',
      }),
    },
  },
  ports: () => [flowIn],
  summary: (p, lang) =>
    lang === 'ko' ? `${recordedWhere[p.platform].ko} 기록` : `recorded ${recordedWhere[p.platform].en}`,
  explain: (p, { language }) => {
    const where = recordedWhere[p.platform][language];
    return language === 'ko' ? `결과가 ${where} 기록됩니다` : `the result is recorded ${where}`;
  },
  flow: {
    role: 'outcome',
    outcome: 'signalled',
    runsOn: (p) => (p.platform === 'snapshot' ? 'snapshot' : null),
  },
  stepNote: signalStepNote,
  targets: signalTargets,
});
