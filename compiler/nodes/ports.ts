import type { ExitRole, Localized, PortDefinition } from './node-kind.ts';

/** The flow input every step after a proposal has: any number of edges may arrive. */
export const flowIn: PortDefinition = {
  id: 'in',
  type: 'flow',
  direction: 'in',
  min: 1,
  label: { en: 'Proposal in', ko: '제안 입력' },
};

/** A flow exit: it must lead on to another step, and may fan out to several in parallel. */
export function flowOut(id: string, label: Localized, role: ExitRole = 'next'): PortDefinition {
  return { id, type: 'flow', direction: 'out', min: 1, label, role };
}

/** The electorate a decision counts: exactly one. */
export function votersIn(label: Localized = { en: 'Voters', ko: '투표자' }): PortDefinition {
  return { id: 'voters', type: 'electorate', direction: 'in', min: 1, max: 1, label };
}

/** The output of an electorate node: any number of decisions may use it. */
export const votersOut: PortDefinition = {
  id: 'voters',
  type: 'electorate',
  direction: 'out',
  min: 0,
  label: { en: 'Voters', ko: '투표자' },
};

/** `passed` and `failed`, the two exits of a yes/no decision. */
export const passedFailed: readonly PortDefinition[] = [
  flowOut('passed', { en: 'Passed', ko: '가결' }, 'passed'),
  flowOut('failed', { en: 'Failed', ko: '부결' }, 'failed'),
];

/** `decided` and `failed`, the exits of a concave decision: `decided` carries an allocation or a choice. */
export const decidedFailed: readonly PortDefinition[] = [
  flowOut('decided', { en: 'Decided', ko: '결정됨' }, 'decided'),
  flowOut('failed', { en: 'No result', ko: '결과 없음' }, 'failed'),
];
