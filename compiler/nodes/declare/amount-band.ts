import { formatAmount } from '../../format/format-amount.ts';
import { koreanParticle } from '../../format/korean-particle.ts';
import type { Localized } from '../node-kind.ts';
import type { TargetName } from '../target-name.ts';
import type { TargetContext, TargetRefusal } from '../target-support.ts';
import { refuse } from './refuse.ts';
import { routing } from './routing.ts';
import { targetTitles } from './target-titles.ts';

/**
 * A route by amount as `target` sees it: a band with an upper limit cannot be enforced (no target checks the amount a
 * proposal moves, so its unit could move any amount). The open-ended band (amounts of at least X) is accepted: its
 * unit can move every amount the band covers, and a proposer who brings it a smaller amount gets the open-ended
 * band's rules, which the founder wrote for the largest amounts.
 */
export function amountBand(
  target: TargetName,
  context: TargetContext,
  instead: Localized,
): { part: 'routing' } | TargetRefusal {
  const band = context.exits.find((exit) => exit.amount?.below !== undefined)?.amount;
  if (!band) return routing();
  const limit = formatAmount(band.below!, band.asset.symbol);
  const title = targetTitles[target];
  return refuse(
    {
      en: `${title.en} cannot enforce "below ${limit}": what it runs here could move any amount.`,
      ko: `${koreanParticle(title.ko, '은', '는')} "${limit} 미만"을 강제할 수 없어, 여기서 실행되는 것이 금액 제한 없이 움직일 수 있습니다.`,
    },
    instead,
  );
}
