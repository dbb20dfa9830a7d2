import { amountBand } from '../../declare/amount-band.ts';
import type { Localized } from '../../node-kind.ts';
import type { TargetDeclarations } from '../../target-support.ts';

const decideEveryAmount: Localized = {
  en: 'Send every band to this decision (or remove the route by amount) so that it decides whatever is asked, or put only the budget below the limit where this decision can spend it.',
  ko: '모든 구간을 이 결정으로 보내거나(금액별 분기를 없애) 어떤 금액이든 이 결정이 정하게 하거나, 한도 미만의 예산만 이 결정이 쓸 수 있는 곳에 두세요.',
};

/**
 * No target checks the amount a proposal moves, so a band with an upper limit is refused; the open-ended band is
 * enforced by the unit that holds power for it (see amountBand).
 */
export const routeByAmountTargets: TargetDeclarations<'route-by-amount'> = {
  openzeppelin: (_node, context) => amountBand('openzeppelin', context, decideEveryAmount),
  aragon: (_node, context) => amountBand('aragon', context, decideEveryAmount),
  safe: (_node, context) =>
    amountBand('safe', context, {
      en: "Route small amounts through a spending-limit module (Safe's Allowance module, set up by hand) or through the governor.",
      ko: '소액은 지출 한도 모듈(Safe의 Allowance 모듈, 직접 설정)이나 거버너를 거치게 하세요.',
    }),
  snapshot: (_node, context) => amountBand('snapshot', context, decideEveryAmount),
  gardens: (_node, context) =>
    amountBand('gardens', context, {
      en: "Send every amount to the pool: its spending limit (a share of the pool's funds) caps each request.",
      ko: '모든 금액을 풀로 보내세요: 풀의 지출 한도(기금 대비 비율)가 요청마다 상한이 됩니다.',
    }),
};
