import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { saidText } from '../../diagnostics/said-text.ts';
import { say } from '../../diagnostics/say.ts';
import { formatAmount } from '../../format/format-amount.ts';
import { formatPercent } from '../../format/format-percent.ts';
import { nodeNameWords } from '../../format/node-name-words.ts';
import type { MajorityVoteNode, TokenHoldersNode } from '../../generated/charter-document.ts';
import { significantDecimals } from '../../units/decimal.ts';
import { percentToFraction } from '../../units/percent-to-fraction.ts';
import { toBaseUnits } from '../../units/to-base-units.ts';

/** What {@link governorQuorum} gives: the quorum (and super quorum) as exact fractions, or why it cannot be. */
export interface GovernorQuorum {
  quorumNumerator: bigint;
  /** A power of ten, at least 100; shared by the super quorum. */
  quorumDenominator: bigint;
  /** Over `quorumDenominator`; present when the vote has a super quorum. */
  superQuorumNumerator?: bigint;
  diagnostics: Diagnostic[];
}

/** `part / whole` as a percentage in decimal text when it ends within 18 decimal places, else undefined. */
function exactPercent(part: bigint, whole: bigint): string | undefined {
  if (whole === 0n) return undefined;
  for (let places = 0; places <= 18; places++) {
    const scaled = part * 100n * 10n ** BigInt(places);
    if (scaled % whole !== 0n) continue;
    const digits = String(scaled / whole).padStart(places + 1, '0');
    return places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  }
  return undefined;
}

/**
 * A majority vote's quorum as GovernorVotesQuorumFraction's exact `numerator / denominator` of the token's past total
 * supply: "4" → 4/100 (OpenZeppelin's default denominator), "4.5" → 45/1000 and "33.3333" → 333333/1000000 with the
 * reference Governor's `quorumDenominator()` override, as the Contracts Wizard writes it
 * (packages/core/solidity/src/governor.ts, getQuorumFractionComponents). The contract computes
 * `Math.mulDiv(getPastTotalSupply(timepoint), quorumNumerator(timepoint), quorumDenominator())` and reverts with
 * GovernorInvalidQuorumFraction when the numerator exceeds the denominator, which a percentage up to 100 never does
 * (contracts/governance/extensions/GovernorVotesQuorumFraction.sol).
 *
 * A super quorum shares that denominator: GovernorVotesSuperQuorumFraction divides its numerator by
 * `quorumDenominator()` and reverts with GovernorInvalidSuperQuorumTooSmall when it is below the quorum's numerator
 * (contracts/governance/extensions/GovernorVotesSuperQuorumFraction.sol); so both become fractions over the larger
 * of their two denominators, and a super quorum below the quorum is `target-out-of-range`.
 *
 * An absolute quorum has no place in GovernorVotesQuorumFraction, which only takes a share of supply, so it is
 * `target-unsupported`; the message gives the equivalent share of today's supply when it is exact.
 */
export function governorQuorum(vote: MajorityVoteNode, electorate: TokenHoldersNode): GovernorQuorum {
  const name = nodeNameWords(vote);
  const { quorum, superQuorum } = vote.params;
  if ('absolute' in quorum) {
    const { token } = electorate.params;
    // The validator reports an amount too precise for its token; the hint is only left out then.
    const share =
      significantDecimals(quorum.absolute) > token.decimals
        ? undefined
        : exactPercent(
            toBaseUnits(quorum.absolute, token.decimals),
            toBaseUnits(token.totalSupply, token.decimals),
          );
    const shareWords =
      share === undefined ? undefined : say('oz.absolute-quorum-share', { share: formatPercent(share) });
    const hint = shareWords
      ? { en: saidText(shareWords, 'en'), ko: saidText(shareWords, 'ko') }
      : { en: '', ko: '' };
    const message = say('oz.absolute-quorum', {
      node: name,
      amount: formatAmount(quorum.absolute, token.symbol),
      hint,
    });
    const diagnostic = createDiagnostic('target-unsupported', message, {
      nodeId: vote.id,
      field: 'params.quorum.absolute',
    });
    return { quorumNumerator: 0n, quorumDenominator: 100n, diagnostics: [diagnostic] };
  }

  const fraction = percentToFraction(quorum.percent);
  if (superQuorum === undefined) {
    return { quorumNumerator: fraction.numerator, quorumDenominator: fraction.denominator, diagnostics: [] };
  }
  const superFraction = percentToFraction(superQuorum);
  const denominator =
    // biome-ignore lint/complexity/useMathMinMax: Math.max does not take bigints
    fraction.denominator > superFraction.denominator ? fraction.denominator : superFraction.denominator;
  const quorumNumerator = fraction.numerator * (denominator / fraction.denominator);
  const superQuorumNumerator = superFraction.numerator * (denominator / superFraction.denominator);
  const diagnostics: Diagnostic[] = [];
  if (superQuorumNumerator < quorumNumerator) {
    const message = say('oz.super-quorum-below', {
      node: name,
      superQuorum: formatPercent(superQuorum),
      quorum: formatPercent(quorum.percent),
    });
    diagnostics.push(
      createDiagnostic('target-out-of-range', message, { nodeId: vote.id, field: 'params.superQuorum' }),
    );
  }
  return { quorumNumerator, quorumDenominator: denominator, superQuorumNumerator, diagnostics };
}
