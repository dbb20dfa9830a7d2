import { durationAdjective } from '../../../format/duration-adjective.ts';
import { formatDateTime } from '../../../format/format-date-time.ts';
import { formatDuration } from '../../../format/format-duration.ts';
import { koreanParticle } from '../../../format/korean-particle.ts';
import { address, addressList, choice, dateTime, duration } from '../../fields.ts';
import { defineNodeKind } from '../../node-kind.ts';
import { flowIn, flowOut } from '../../ports.ts';
import { timelockLint } from './lint.ts';
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
        description: {
          en: 'Time a passed proposal waits before it can be executed, so people can react.',
          ko: '가결된 제안이 실행되기 전에 기다리는 시간. 사람들이 대응할 여유를 줍니다.',
        },
        default: 172_800,
      }),
      gracePeriod: duration({
        title: { en: 'Grace period', ko: '유예 기간' },
        description: {
          en: 'How long a ready proposal stays executable before it expires (Compound uses 14 days). 0: it never expires.',
          ko: '준비된 제안이 만료되기 전까지 실행할 수 있는 기간(Compound는 14일). 0이면 만료되지 않습니다.',
        },
        default: 0,
      }),
      executors: choice({
        title: { en: 'Who may execute', ko: '실행 가능자' },
        description: {
          en: 'Once the wait is over, anyone may execute (the usual choice), or only the governor.',
          ko: '기다림이 끝나면 누구나 실행할 수 있게 하거나(보통의 선택), 거버너만 실행하게 합니다.',
        },
        values: ['anyone', 'proposers'],
        labels: {
          anyone: { en: 'Anyone', ko: '누구나' },
          proposers: { en: 'Only the governor', ko: '거버너만' },
        },
        default: 'anyone',
      }),
      cancellers: addressList({
        title: { en: 'Extra cancellers', ko: '추가 취소권자' },
        description: {
          en: 'Addresses besides the governor that may cancel a waiting proposal, such as a guardian.',
          ko: '거버너 말고도 대기 중인 제안을 취소할 수 있는 주소(예: 가디언).',
        },
        default: [],
      }),
      cancellersUntil: dateTime({
        title: { en: 'Cancellers may cancel until', ko: '취소권 만료 시각' },
        description: {
          en: 'Optional end of the extra cancellers\' power, in UTC (such as ENS\'s Security Council, "2026-07-24T18:52:59Z"): from this second on they can no longer cancel. Leave empty for no end.',
          ko: '추가 취소권자의 권한이 끝나는 시각(UTC, 선택). 예: ENS 보안 위원회 "2026-07-24T18:52:59Z". 이 시각부터는 취소할 수 없습니다. 비워 두면 끝이 없습니다.',
        },
      }),
      admin: address({
        title: { en: 'Admin', ko: '관리자' },
        description: {
          en: 'Optional admin who can change roles. Leave empty so that only governance can (recommended).',
          ko: '역할을 바꿀 수 있는 관리자(선택). 비워 두면 거버넌스만 바꿀 수 있습니다(권장).',
        },
      }),
    },
  },
  ports: () => [flowIn, flowOut('out', { en: 'After the delay', ko: '지연 후' })],
  summary: (p, lang) => {
    const delay =
      lang === 'ko' ? `${formatDuration(p.delay, lang)} 대기` : `${formatDuration(p.delay, lang)} delay`;
    // A canceller's power that ends is worth a glance on the card: after that date nobody can stop a queued proposal.
    if (p.cancellersUntil === undefined || (p.cancellers ?? []).length === 0) return delay;
    const day = p.cancellersUntil.slice(0, 10);
    return lang === 'ko' ? `${delay} · ${day}까지 취소 가능` : `${delay} · cancel until ${day}`;
  },
  explain: (p, { language }) => {
    // A grace period (Compound's Timelock) makes a ready proposal that nobody executes in time expire.
    const grace = formatDuration(p.gracePeriod, language);
    if (p.delay === 0) {
      if (language === 'ko')
        return p.gracePeriod > 0 ? `지연 없이(${grace} 안에 실행하지 않으면 만료)` : '지연 없이';
      return p.gracePeriod > 0
        ? `with no delay (it expires unless executed within ${grace})`
        : 'with no delay';
    }
    const adjective = durationAdjective(p.delay, language);
    // Extra cancellers (a security council, a guardian) can stop a passed proposal until it is executed: a power the
    // summary must show, not only the parameters.
    const cancellers = p.cancellers ?? [];
    const who =
      cancellers.length === 1
        ? cancellers[0]!
        : language === 'ko'
          ? `지정된 주소 ${cancellers.length}개 중 어느 것이든`
          : `any of ${cancellers.length} listed addresses`;
    // An expiry (ENS's Security Council, Compound's proposal guardian) ends that power on a date: say which.
    const until =
      cancellers.length > 0 && p.cancellersUntil !== undefined
        ? formatDateTime(p.cancellersUntil, language)
        : undefined;
    if (language === 'ko') {
      const notes = [
        ...(cancellers.length > 0
          ? [
              until === undefined
                ? `실행되기 전까지 ${koreanParticle(who, '이', '가')} 취소할 수 있음`
                : `실행되기 전까지 ${koreanParticle(who, '이', '가')} 취소할 수 있으나 ${until}부터는 취소할 수 없음`,
            ]
          : []),
        ...(p.gracePeriod > 0 ? [`그 뒤 ${grace} 안에 실행하지 않으면 만료`] : []),
      ];
      return `${adjective} 타임락을 거친 뒤${notes.length > 0 ? `(${notes.join('; ')})` : ''}`;
    }
    const follows = adjective
      ? `${/^(8|11-|18-)/.test(adjective) ? 'an' : 'a'} ${adjective} timelock follows`
      : `a timelock of ${formatDuration(p.delay, language)} follows`;
    const cancel =
      cancellers.length === 0
        ? ''
        : until === undefined
          ? ` (${who} may cancel it until it is executed)`
          : ` (${who} may cancel it until it is executed, but no longer from ${until})`;
    return p.gracePeriod > 0
      ? `${follows}${cancel}, after which it expires unless executed within ${grace}`
      : `${follows}${cancel}`;
  },
  flow: { role: 'delay', seconds: (p) => p.delay },
  stepNote: timelockStepNote,
  simulation: timelockStep,
  lint: timelockLint,
  targets: timelockTargets,
});
