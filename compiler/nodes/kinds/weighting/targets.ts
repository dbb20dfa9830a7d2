import { cannot, type Localized, type TargetDeclarations } from '../../target-support.ts';

const weighted: Localized = {
  en: 'quadratic or capped weighting: it counts one vote per token',
  ko: '제곱근·상한 가중치(토큰당 한 표만 셈)',
};
const instead: Localized = {
  en: 'Remove the weighting to count plain token votes, or run the weighted vote on Snapshot (end it in a Signal recorded on Snapshot).',
  ko: '가중치를 없애 토큰 투표를 그대로 세거나, 가중 투표를 Snapshot에서 진행하세요(Snapshot 신호로 끝내기).',
};

/** Reweighing voters is a Snapshot strategy; the on-chain targets count one vote per token or per owner. */
export const weightingTargets: TargetDeclarations<'weighting'> = {
  openzeppelin: () => cannot('openzeppelin', weighted, instead),
  aragon: () => cannot('aragon', weighted, instead),
  safe: () =>
    cannot(
      'safe',
      { en: 'weighted votes: each owner signs once', ko: '가중 투표(소유자는 한 번씩 서명)' },
      instead,
    ),
  snapshot: () => ({ part: 'strategy' }),
  gardens: () => cannot('gardens', weighted, instead),
};
