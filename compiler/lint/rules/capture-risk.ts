import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import { formatAmount } from '../../format/format-amount.ts';
import { nodeLabel } from '../../format/node-label.ts';
import type { MajorityVoteParams, TokenHoldersParams } from '../../generated/charter-document.ts';
import { percentToFraction } from '../../units/percent-to-fraction.ts';
import { toBaseUnits } from '../../units/to-base-units.ts';
import type { LintRule } from '../lint-rule.ts';

/** How many holders still count as "a few". */
export const fewHolders = 3;

/** A share of supply as a percentage with two decimals, rounded down: 123n of 1000n → "12.3%". */
function share(part: bigint, whole: bigint): string {
  const basis = (part * 10_000n) / whole;
  const text = `${basis / 100n}.${String(basis % 100n).padStart(2, '0')}`.replace(/\.?0+$/, '');
  return `${text}%`;
}

/**
 * Warns when the few largest holders an electorate declares (`topHolders`) hold at least a vote's quorum: voting
 * For together, with nobody else voting, they meet quorum and win, so they can pass anything that others do not
 * turn out to oppose. Exact in base units; weighted electorates are left out (their power is not the balance).
 */
export const captureRisk: LintRule = (view) =>
  view.document.nodes.flatMap((node) => {
    if (node.kind !== 'majority-vote') return [];
    const source = view.feeder(node.id, 'voters');
    const electorate = source ? view.node(source) : undefined;
    if (electorate?.kind !== 'token-holders') return [];
    const { token, topHolders } = electorate.params as TokenHoldersParams;
    if (topHolders.length === 0) return [];
    const supply = toBaseUnits(token.totalSupply, token.decimals);
    if (supply === 0n) return [];
    const { quorum } = node.params as MajorityVoteParams;
    const needed =
      'percent' in quorum
        ? (() => {
            const { numerator, denominator } = percentToFraction(quorum.percent);
            return (supply * numerator) / denominator;
          })()
        : toBaseUnits(quorum.absolute, token.decimals);
    const holders = topHolders
      .map((holder) => ({ label: holder.label, balance: toBaseUnits(holder.balance, token.decimals) }))
      .sort((a, b) => (b.balance > a.balance ? 1 : b.balance < a.balance ? -1 : 0));
    let sum = 0n;
    for (const [index, holder] of holders.slice(0, fewHolders).entries()) {
      sum += holder.balance;
      if (sum === 0n || sum < needed) continue;
      const group = holders.slice(0, index + 1);
      const who =
        group.length === 1
          ? `the largest ${token.symbol} holder (${group[0]!.label}, ${share(group[0]!.balance, supply)})`
          : `the ${group.length} largest ${token.symbol} holders (${group.map((h) => `${h.label} ${share(h.balance, supply)}`).join(', ')})`;
      const quorumWords =
        'percent' in quorum
          ? `the ${quorum.percent}% quorum`
          : `the quorum of ${formatAmount(quorum.absolute)} ${token.symbol}`;
      const message = `${nodeLabel(node)}: ${who} ${group.length === 1 ? 'holds' : 'together hold'} ${share(sum, supply)} of ${token.symbol}, at least ${quorumWords}, so ${group.length === 1 ? 'it' : 'they'} could pass any proposal that others do not turn out to vote against. Consider a higher quorum, a veto, or quadratic weighting.`;
      return [createDiagnostic('capture-risk', message, { nodeId: node.id, field: 'params.quorum' })];
    }
    return [];
  });
