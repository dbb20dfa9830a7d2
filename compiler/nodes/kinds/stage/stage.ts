import { choice, id, list, object, text } from '../../fields.ts';
import { defineNodeKind } from '../../node-kind.ts';
import { flowIn, flowOut } from '../../ports.ts';
import { stageLint } from './lint.ts';
import { stageLower } from './lower.ts';
import { stageStep } from './step.ts';
import { stageStepNote } from './step-note.ts';
import { stageTargets } from './targets.ts';

/** Measures a stage's criteria can name; `threshold` is in the unit the measure states. */
const stageCriterionMetrics = [
  'min-token-holders',
  'max-top-holder-share',
  'min-days-in-stage',
  'min-proposals-executed',
  'independent-audit',
  'security-council',
  'custom',
] as const;

/** What each measure is, in words. */
const metricLabels = {
  'min-token-holders': { en: 'Number of token holders, at least', ko: '토큰 보유자 수(이상)' },
  'max-top-holder-share': { en: 'Largest holder’s share, at most', ko: '최대 보유자 지분(이하)' },
  'min-days-in-stage': { en: 'Days in this stage, at least', ko: '이 단계에 머문 일수(이상)' },
  'min-proposals-executed': { en: 'Proposals executed, at least', ko: '실행된 제안 수(이상)' },
  'independent-audit': { en: 'An independent audit', ko: '독립 감사' },
  'security-council': { en: 'A security council in place', ko: '보안 위원회 구성' },
  custom: { en: 'Something else, in words', ko: '그 밖의 조건(글로 설명)' },
} as const;

/**
 * Progressive decentralization: routes a proposal to the branch of the DAO's current stage. Each stage lists the
 * criteria to meet before the DAO moves on to the next one.
 */
export const stage = defineNodeKind({
  kind: 'stage',
  group: 'routing',
  title: { en: 'Stages', ko: '단계' },
  description: {
    en: 'Hands control from the core team to the community in stages: routes by the current stage, each with criteria to move on.',
    ko: '핵심 팀에서 커뮤니티로 단계적으로 권한을 넘깁니다: 현재 단계로 분기하며, 단계마다 다음으로 넘어갈 기준이 있습니다.',
  },
  params: {
    type: 'object',
    additionalProperties: false,
    required: ['stages'],
    properties: {
      stages: list(
        {
          title: { en: 'Stages', ko: '단계' },
          description: {
            en: "In order, from the first stage to the last; the document's settings name the current one.",
            ko: '첫 단계부터 마지막 단계까지 순서대로. 현재 단계는 문서 설정에서 정합니다.',
          },
          minItems: 1,
          maxItems: 10,
        },
        object(
          { title: { en: 'Stage', ko: '단계' } },
          {
            id: id({ title: { en: 'Stage id', ko: '단계 id' } }),
            name: text({ title: { en: 'Name', ko: '이름' }, minLength: 1, maxLength: 120 }),
            criteria: list(
              {
                title: { en: 'Criteria to move on', ko: '다음 단계로 넘어갈 기준' },
                description: {
                  en: 'What must be true before the DAO leaves this stage. The last stage needs none.',
                  ko: 'DAO가 이 단계를 떠나기 전에 갖춰야 할 조건. 마지막 단계에는 필요 없습니다.',
                },
                maxItems: 20,
                default: [],
              },
              object(
                { title: { en: 'Criterion', ko: '기준' } },
                {
                  metric: choice({
                    title: { en: 'Measure', ko: '측정 항목' },
                    values: stageCriterionMetrics,
                    labels: metricLabels,
                  }),
                  threshold: {
                    title: 'Threshold',
                    'x-ko': {
                      title: '기준값',
                      description: '측정 항목에 따라 수(보유자, 제안), 비율(최대 보유자 지분) 또는 일수.',
                    },
                    description:
                      'A count (holders, proposals), a percentage (top holder share) or days, as the measure says.',
                    type: 'number',
                    minimum: 0,
                  },
                  text: text({ title: { en: 'In words', ko: '설명' }, minLength: 1, maxLength: 500 }),
                },
                ['metric', 'text'],
              ),
            ),
          },
          ['id', 'name'],
        ),
      ),
    },
  },
  ports: (p) => [flowIn, ...p.stages.map((s) => flowOut(s.id, { en: s.name, ko: s.name }, 'branch'))],
  summary: (p, lang) => {
    const names = p.stages.map((s) => s.name).join(' → ');
    return lang === 'ko' ? `${p.stages.length}단계: ${names}` : `${p.stages.length} stages: ${names}`;
  },
  explain: (p, { language, branch }) => {
    const name = p.stages.find((candidate) => candidate.id === branch)?.name ?? branch;
    return language === 'ko' ? `'${name}' 단계에서` : `while the DAO is at the stage "${name}"`;
  },
  flow: {
    role: 'route',
    // Only the branch of the stage the DAO is at; a stage this node does not list sends the proposal nowhere.
    exits: (p, { stage }) => p.stages.filter((s) => s.id === stage).map((s) => ({ port: s.id })),
    stages: (p) => p.stages.map((s) => s.id),
  },
  stepNote: stageStepNote,
  simulation: stageStep,
  targets: stageTargets,
  lower: stageLower,
  lint: stageLint,
});
