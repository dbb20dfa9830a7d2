import { durationAdjective } from '../../../format/duration-adjective.ts';
import { formatDuration } from '../../../format/format-duration.ts';
import { address, addressList, choice, duration } from '../../fields.ts';
import { defineNodeKind } from '../../node-kind.ts';
import { flowIn, flowOut } from '../../ports.ts';
import { timelockStep } from './step.ts';
import { timelockStepNote } from './step-note.ts';
import { timelockTargets } from './targets.ts';

/** A delay between approval and execution, so people who disagree can exit (TimelockController). */
export const timelock = defineNodeKind({
  kind: 'timelock',
  group: 'outcomes',
  title: { en: 'Timelock', ko: '타임락' },
  description: {
    en: 'Waits a fixed delay before execution, so anyone who disagrees has time to react or leave.',
    ko: '실행 전에 정해진 시간을 기다려, 반대하는 사람이 대응하거나 떠날 시간을 줍니다.',
  },
  params: {
    type: 'object',
    additionalProperties: false,
    properties: {
      delay: duration({
        title: { en: 'Delay', ko: '지연 시간' },
        description: "TimelockController's minDelay: time between queueing and execution.",
        default: 172_800,
      }),
      gracePeriod: duration({
        title: { en: 'Grace period', ko: '유예 기간' },
        description:
          'How long a ready proposal stays executable before it expires (Compound uses 14 days). 0: never expires.',
        default: 0,
      }),
      executors: choice({
        title: { en: 'Who may execute', ko: '실행 가능자' },
        description:
          'anyone: once ready, anyone may execute (the usual choice); proposers: only the governor.',
        values: ['anyone', 'proposers'],
        default: 'anyone',
      }),
      cancellers: addressList({
        title: { en: 'Extra cancellers', ko: '추가 취소권자' },
        description: 'Addresses besides the governor that may cancel a queued proposal, such as a guardian.',
        default: [],
      }),
      admin: address({
        title: { en: 'Admin', ko: '관리자' },
        description:
          'Optional admin who can change roles. Leave out so that only governance can (recommended).',
      }),
    },
  },
  ports: () => [flowIn, flowOut('out', { en: 'After the delay', ko: '지연 후' })],
  summary: (p, lang) =>
    lang === 'ko' ? `${formatDuration(p.delay, lang)} 대기` : `${formatDuration(p.delay, lang)} delay`,
  explain: (p, { language }) => {
    if (p.delay === 0) return language === 'ko' ? '지연 없이' : 'with no delay';
    const adjective = durationAdjective(p.delay, language);
    if (language === 'ko') return `${adjective} 타임락을 거친 뒤`;
    return adjective
      ? `${/^(8|11-|18-)/.test(adjective) ? 'an' : 'a'} ${adjective} timelock follows`
      : `a timelock of ${formatDuration(p.delay, language)} follows`;
  },
  flow: { role: 'delay', seconds: (p) => p.delay },
  stepNote: timelockStepNote,
  simulation: timelockStep,
  targets: timelockTargets,
});
