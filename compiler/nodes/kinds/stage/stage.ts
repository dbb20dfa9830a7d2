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
          description: 'In order, from the first stage to the last; the document names the current one.',
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
                description: 'What must be true before the DAO leaves this stage. The last stage needs none.',
                maxItems: 20,
                default: [],
              },
              object(
                { title: { en: 'Criterion', ko: '기준' } },
                {
                  metric: choice({
                    title: { en: 'Measure', ko: '측정 항목' },
                    values: stageCriterionMetrics,
                  }),
                  threshold: {
                    title: 'Threshold',
                    'x-ko': { title: '기준값' },
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
