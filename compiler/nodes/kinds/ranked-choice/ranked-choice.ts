import { capitalize } from '../../../format/capitalize.ts';
import { formatDuration } from '../../../format/format-duration.ts';
import { koreanParticle } from '../../../format/korean-particle.ts';
import { count, duration, supplyShare } from '../../fields.ts';
import { defineNodeKind } from '../../node-kind.ts';
import { decidedFailed, flowIn, votersIn } from '../../ports.ts';
import { choiceNote } from '../../step-note.ts';
import { rankedChoiceStep } from './step.ts';
import { rankedChoiceTargets } from './targets.ts';

/** Voters rank the options; instant runoff drops the last option until one has a majority. */
export const rankedChoice = defineNodeKind({
  kind: 'ranked-choice',
  group: 'concave',
  title: { en: 'Ranked choice', ko: '순위 선택 투표' },
  description: {
    en: 'Voters rank the options; the weakest is dropped round by round until one has a majority (instant runoff).',
    ko: '투표자가 선택지에 순위를 매기고, 과반이 나올 때까지 최하위를 하나씩 탈락시킵니다 (즉석 결선).',
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
      ? `당선 ${p.winners} · ${formatDuration(p.votingPeriod, lang)}`
      : `${p.winners} winner${p.winners === 1 ? '' : 's'} · ${formatDuration(p.votingPeriod, lang)}`,
  explain: (p, { language, voters }) =>
    language === 'ko'
      ? `${koreanParticle(voters, '이', '가')} ${formatDuration(p.votingPeriod, language)} 동안 선택지에 순위를 매기고, 즉석 결선으로 ${p.winners}개를 뽑습니다.`
      : `${capitalize(voters)} rank the options over ${formatDuration(p.votingPeriod, language)}; instant runoff picks ${p.winners}.`,
  flow: { role: 'decision' },
  stepNote: choiceNote,
  simulation: rankedChoiceStep,
  targets: rankedChoiceTargets,
});
