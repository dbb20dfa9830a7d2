import { cannot } from '../../declare/cannot.ts';
import type { Localized, ParamsOf } from '../../node-kind.ts';
import type { TargetDeclarations } from '../../target-support.ts';

const weighted = (p: ParamsOf<'weighting'>): Localized =>
  p.mode === 'quadratic'
    ? {
        en: 'square-root (quadratic) weighting: it counts one vote per token',
        ko: '제곱근(이차) 가중치(토큰당 한 표만 셈)',
      }
    : { en: 'capped weighting: it counts one vote per token', ko: '상한 가중치(토큰당 한 표만 셈)' };
const instead: Localized = {
  en: 'Remove the weighting to count plain token votes; for one vote per person, let Members vote instead.',
  ko: '가중치를 없애 토큰 투표를 그대로 세거나, 한 사람 한 표라면 대신 구성원이 투표하게 하세요.',
};

/** No target reweighs voting power as Charter emits it: the on-chain ones count one vote per token or per owner. */
export const weightingTargets: TargetDeclarations<'weighting'> = {
  openzeppelin: (node) => cannot('openzeppelin', weighted(node.params), instead),
  aragon: (node) => cannot('aragon', weighted(node.params), instead),
  safe: () =>
    cannot(
      'safe',
      { en: 'weighted votes: each owner signs once', ko: '가중 투표(소유자는 한 번씩 서명)' },
      instead,
    ),
  snapshot: () =>
    cannot(
      'snapshot',
      { en: 'reweighed voting power as Charter emits it', ko: 'Charter가 내보내는 형태의 가중 투표권' },
      {
        en: 'Connect the electorate to the decision directly; for one vote per person, let Members or Signers vote.',
        ko: '투표자를 결정에 바로 연결하세요. 한 사람 한 표라면 구성원이나 서명자가 투표하게 하세요.',
      },
    ),
  gardens: (node) => cannot('gardens', weighted(node.params), instead),
};
