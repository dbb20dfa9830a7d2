import type { Language } from '../nodes/node-kind.ts';
import { formatAmount } from './format-amount.ts';
import { formatPercent } from './format-percent.ts';

/** A share of supply (`{percent}`) or an absolute amount (`{absolute}`), as people say it: "4%", "40,000 votes". */
export function formatSupplyShare(
  share: { percent: string } | { absolute: string },
  language: Language,
): string {
  if ('percent' in share) return formatPercent(share.percent);
  return language === 'ko' ? `${formatAmount(share.absolute)}표` : `${formatAmount(share.absolute)} votes`;
}
