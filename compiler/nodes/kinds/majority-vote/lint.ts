import { createDiagnostic } from '../../../diagnostics/create-diagnostic.ts';
import { say } from '../../../diagnostics/say.ts';
import { formatAmount } from '../../../format/format-amount.ts';
import type { MajorityVoteParams } from '../../../generated/charter-document.ts';
import { percentToFraction } from '../../../units/percent-to-fraction.ts';
import { toBaseUnits } from '../../../units/to-base-units.ts';
import type { LintHook } from '../../lint.ts';

/** How many holders still count as "a few". */
const fewHolders = 3;

/** A share of supply as a percentage with two decimals, rounded down: 123n of 1000n → "12.3%". */
function share(part: bigint, whole: bigint): string {
  const basis = (part * 10_000n) / whole;
  const text = `${basis / 100n}.${String(basis % 100n).padStart(2, '0')}`.replace(/\.?0+$/, '');
  return `${text}%`;
}

/**
 * Capture risk: warns when the few largest holders a token electorate declares hold at least the vote's quorum:
 * voting For together, with nobody else voting, they meet quorum and win, so they can pass anything that others do
 * not turn out to oppose. Exact in base units; a weighted electorate is left out (its power is not the balance).
 */
export const majorityVoteLint: LintHook<MajorityVoteParams> = (params, { nodeId, name, voters }) => {
  const { quorum } = params;
  const declared = voters && !voters.weighted ? voters.holders() : undefined;
  if (!declared || declared.top.length === 0 || declared.supply === 0n) return [];
  const { symbol, supply } = declared;
  const decimals = declared.decimals;
  const ofSupply =
    'percent' in quorum
      ? (() => {
          const { numerator, denominator } = percentToFraction(quorum.percent);
          return (supply * numerator) / denominator;
        })()
      : toBaseUnits(quorum.absolute, decimals);
  // Unopposed (no Against), a quorum of the delegated supply or less excluded addresses is at most this share of all
  // supply, and a rising quorum is at its start; the clamps apply as the contract applies them. For must also exceed
  // the For threshold and the margin, so the group needs one base unit more than either.
  const amount = (value: string | undefined) =>
    value === undefined ? undefined : toBaseUnits(value, decimals);
  const least = amount(params.quorumMinimum);
  const most = amount(params.quorumMaximum);
  const clamped =
    least !== undefined && ofSupply < least ? least : most !== undefined && ofSupply > most ? most : ofSupply;
  const needed = [amount(params.forThreshold), amount(params.forMargin)].reduce<bigint>(
    (sum, limit) => (limit !== undefined && limit + 1n > sum ? limit + 1n : sum),
    clamped,
  );
  const holders = [...declared.top].sort((a, b) =>
    b.balance > a.balance ? 1 : b.balance < a.balance ? -1 : 0,
  );
  let sum = 0n;
  for (const [index, holder] of holders.slice(0, fewHolders).entries()) {
    sum += holder.balance;
    if (sum === 0n || sum < needed) continue;
    const group = holders.slice(0, index + 1);
    const quorumWords =
      'percent' in quorum
        ? { en: `the ${quorum.percent}% quorum`, ko: `정족수 ${quorum.percent}%` }
        : {
            en: `the quorum of ${formatAmount(quorum.absolute)} ${symbol}`,
            ko: `정족수 ${formatAmount(quorum.absolute)} ${symbol}`,
          };
    const args = { node: name, symbol, share: share(sum, supply), quorum: quorumWords };
    const message =
      group.length === 1
        ? say('lint.capture-one', {
            ...args,
            holders: `${group[0]!.label}, ${share(group[0]!.balance, supply)}`,
          })
        : say('lint.capture-few', {
            ...args,
            count: group.length,
            holders: group.map((h) => `${h.label} ${share(h.balance, supply)}`).join(', '),
          });
    return [createDiagnostic('capture-risk', message, { nodeId, field: 'params.quorum' })];
  }
  return [];
};
