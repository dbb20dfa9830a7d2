import { capitalize } from '../../../format/capitalize.ts';
import { formatDuration } from '../../../format/format-duration.ts';
import { koreanParticle } from '../../../format/korean-particle.ts';
import { count, duration, supplyShare } from '../../fields.ts';
import { defineNodeKind } from '../../node-kind.ts';
import { decidedFailed, flowIn, votersIn } from '../../ports.ts';
import { choiceNote } from '../../step-note.ts';
import { approvalStep } from './step.ts';
import { approvalTargets } from './targets.ts';

/** Each voter approves any number of options; the most approved win. */
export const approval = defineNodeKind({
  kind: 'approval',
  group: 'concave',
  title: { en: 'Approval vote', ko: '승인 투표' },
  description: {
    en: 'Voters approve every option they can live with; the most approved options win.',
    ko: '투표자가 받아들일 수 있는 선택지를 모두 승인하고, 가장 많이 승인된 선택지가 이깁니다.',
  },
  params: {
    type: 'object',
    additionalProperties: false,
    properties: {
      votingPeriod: duration({
        title: { en: 'Voting period', ko: '투표 기간' },
        default: 604_800,
        minimum: 1,
      }),
      winners: count({ title: { en: 'Winners', ko: '당선 수' }, default: 1, minimum: 1, maximum: 100 }),
      maxApprovals: count({
        title: { en: 'Most approvals per voter', ko: '1인 최대 승인 수' },
        description: {
          en: 'Optional: how many options one voter may approve.',
          ko: '선택 사항: 한 투표자가 찬성할 수 있는 선택지 수.',
        },
        minimum: 1,
      }),
      quorum: supplyShare({
        title: { en: 'Quorum', ko: '정족수' },
        description: {
          en: 'Optional: how much voting power must take part.',
          ko: '선택 사항: 얼마나 많은 투표권이 참여해야 하는지.',
        },
      }),
    },
  },
  ports: () => [flowIn, votersIn(), ...decidedFailed],
  summary: (p, lang) =>
    lang === 'ko'
      ? `승인 투표 · 당선 ${p.winners} · ${formatDuration(p.votingPeriod, lang)}`
      : `approve any · ${p.winners} winner${p.winners === 1 ? '' : 's'} · ${formatDuration(p.votingPeriod, lang)}`,
  explain: (p, { language, voters }) =>
    language === 'ko'
      ? `${koreanParticle(voters, '이', '가')} ${formatDuration(p.votingPeriod, language)} 동안 받아들일 수 있는 선택지를 모두 승인하고, 가장 많이 승인된 ${p.winners}개가 이깁니다.`
      : `${capitalize(voters)} approve every option they accept over ${formatDuration(p.votingPeriod, language)}; the ${p.winners} most approved win.`,
  flow: { role: 'decision' },
  stepNote: choiceNote,
  simulation: approvalStep,
  targets: approvalTargets,
});
