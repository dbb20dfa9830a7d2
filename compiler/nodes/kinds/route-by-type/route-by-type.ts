import { id, list, object } from '../../fields.ts';
import { defineNodeKind } from '../../node-kind.ts';
import { flowIn, flowOut } from '../../ports.ts';
import { branchNote } from '../../step-note.ts';
import { routeByTypeChecks } from './checks.ts';
import { routeByTypeStep } from './step.ts';
import { routeByTypeTargets } from './targets.ts';

/** Sends a proposal down the first route that lists its type; other types take `otherwise`. */
export const routeByType = defineNodeKind({
  kind: 'route-by-type',
  group: 'routing',
  title: { en: 'Route by type', ko: '유형별 분기' },
  description: {
    en: 'Sends a proposal down a branch by its type: upgrades to one body, grants to another.',
    ko: '제안 유형에 따라 다른 갈래로 보냅니다: 업그레이드는 한 기구로, 지원금은 다른 기구로.',
  },
  params: {
    type: 'object',
    additionalProperties: false,
    required: ['routes'],
    properties: {
      routes: list(
        { title: { en: 'Routes', ko: '경로' }, minItems: 1, maxItems: 50 },
        object(
          { title: { en: 'Route', ko: '경로' } },
          {
            port: id({ title: { en: 'Branch name', ko: '갈래 이름' } }),
            types: list(
              { title: { en: 'Proposal types', ko: '제안 유형' }, minItems: 1, maxItems: 50 },
              id({ title: { en: 'Proposal type', ko: '제안 유형' } }),
            ),
          },
          ['port', 'types'],
        ),
      ),
      otherwise: id({
        title: { en: 'Branch for other types', ko: '그 밖의 유형 갈래' },
        default: 'otherwise',
      }),
    },
  },
  ports: (p) => [
    flowIn,
    ...p.routes.map((route) =>
      flowOut(route.port, { en: route.types.join(', '), ko: route.types.join(', ') }, 'branch'),
    ),
    flowOut(p.otherwise, { en: 'Other types', ko: '그 밖의 유형' }, 'branch'),
  ],
  summary: (p, lang) => {
    const n = p.routes.length + 1;
    return lang === 'ko' ? `유형별 ${n}갈래` : `${n} branches by type`;
  },
  explain: (p, { language, branch }) => {
    const route = p.routes.find((candidate) => candidate.port === branch);
    if (route)
      return language === 'ko' ? `유형이 ${route.types.join(', ')}인` : `of type ${route.types.join(' or ')}`;
    return language === 'ko' ? '그 밖의 유형인' : 'of any other type';
  },
  flow: {
    role: 'route',
    exits: (p, { type }) => [
      { port: p.routes.find((route) => route.types.includes(type))?.port ?? p.otherwise },
    ],
  },
  stepNote: branchNote,
  simulation: routeByTypeStep,
  targets: routeByTypeTargets,
  checks: routeByTypeChecks,
});
