import { formatAmount } from '../../../format/format-amount.ts';
import { formatPercent } from '../../../format/format-percent.ts';
import { koreanParticle } from '../../../format/korean-particle.ts';
import type { MajorityVoteParams } from '../../../generated/charter-document.ts';
import type { Language } from '../../node-kind.ts';

/** What the quorum and the passing rule are said with, beyond the plain share of supply. */
export interface QuorumWords {
  /** The quorum: "50% of the delegated ARB (less the power of 0x…A4b86), never below 150,000,000 ARB nor above …". */
  quorum: string;
  /** What passing needs beyond the support threshold, each a clause: "For must be more than 320,000 AAVE". */
  passing: string[];
  /** Sentences after the rule, each with a leading space: how the quorum rises with Against, its bounds. */
  after: string;
}

const short = (address: string) => `${address.slice(0, 6)}…${address.slice(-4)}`;

/**
 * The words for a majority vote's quorum function (its base, exclusions, clamps and rise with Against) and for its For
 * threshold and margin, in one language. `whole` is how all the voting power is said ("all ARB", "전체 ARB").
 */
export function quorumWords(
  p: MajorityVoteParams,
  language: Language,
  { whole, unit }: { whole: string; unit: string },
): QuorumWords {
  const ko = language === 'ko';
  const amountOf = (value: string) => `${formatAmount(value)} ${unit}`;
  let quorum: string;
  if ('percent' in p.quorum) {
    const base = p.quorumOf === 'delegated' ? (ko ? `위임된 ${unit}` : `the delegated ${unit}`) : whole;
    const left =
      p.quorumExcluded && p.quorumExcluded.length > 0
        ? ko
          ? `(${p.quorumExcluded.map(short).join(', ')}의 투표권은 빼고) `
          : ` (less the voting power of ${p.quorumExcluded.map(short).join(', ')})`
        : '';
    quorum = ko
      ? `${left}${base}의 ${formatPercent(p.quorum.percent)}`
      : `${formatPercent(p.quorum.percent)} of ${base}${left}`;
  } else quorum = amountOf(p.quorum.absolute);
  let after = '';
  if ('percent' in p.quorum && p.quorumRise)
    after += ko
      ? ` 반대가 그 기준의 1bp 늘 때마다 정족수 비율이 ${p.quorumRise.coefficient}bp씩(내림) 오르며, 최대 ${formatPercent(p.quorumRise.maximum)}입니다.`
      : ` The quorum's share rises by ${p.quorumRise.coefficient} basis points (rounded down) for each basis point of that base voting Against, up to ${formatPercent(p.quorumRise.maximum)}.`;
  const { quorumMinimum: least, quorumMaximum: most } = p;
  if (least !== undefined || most !== undefined) {
    if (ko) {
      const bounds = [
        least === undefined ? undefined : `${amountOf(least)} 이상`,
        most === undefined ? undefined : `${amountOf(most)} 이하`,
      ].filter(Boolean);
      after += ` 정족수는 ${bounds.join(', ')}입니다.`;
    } else {
      const bounds = [
        least === undefined ? undefined : `below ${amountOf(least)}`,
        most === undefined ? undefined : `above ${amountOf(most)}`,
      ].filter(Boolean);
      after += ` The quorum is never ${bounds.join(' nor ')}.`;
    }
  }
  const passing = [
    p.forThreshold === undefined
      ? undefined
      : ko
        ? `찬성이 ${koreanParticle(amountOf(p.forThreshold), '을', '를')} 넘어야 합니다`
        : `For must be more than ${amountOf(p.forThreshold)}`,
    p.forMargin === undefined
      ? undefined
      : ko
        ? `찬성이 반대보다 ${amountOf(p.forMargin)} 넘게 많아야 합니다`
        : `For must lead Against by more than ${amountOf(p.forMargin)}`,
  ].filter((part): part is string => part !== undefined);
  return {
    quorum,
    passing,
    after,
  };
}
