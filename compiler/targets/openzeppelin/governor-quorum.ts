import { type Address, getAddress } from 'viem';
import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { say } from '../../diagnostics/say.ts';
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
  /** An absolute quorum in base units (then `quorumNumerator` is 0); CharterCounting's fixed quorum. */
  fixedQuorum?: bigint;
  /** CharterCounting's QuorumRules, each present when the vote sets it (see {@link quorumRules}). */
  quorumOf?: 'delegated';
  quorumExcluded?: Address[];
  quorumMinimum?: bigint;
  quorumMaximum?: bigint;
  diagnostics: Diagnostic[];
}

/** What {@link quorumRules} gives: a vote's quorum base and bounds in the Governor's terms, or why not. */
type QuorumRulesResult = Pick<
  GovernorQuorum,
  'quorumOf' | 'quorumExcluded' | 'quorumMinimum' | 'quorumMaximum'
> & {
  diagnostics: Diagnostic[];
};

/**
 * A share quorum's base and bounds as CharterCounting's QuorumRules take them, after L2ArbitrumGovernor.quorum()
 * (ArbitrumFoundation/governance PR #369): the delegated supply as the base, the excluded addresses (checksummed,
 * each once: the contract sums their past votes), and the minimum and maximum in base units of the token. A bound
 * finer than the token's decimals is `too-precise`.
 */
function quorumRules(vote: MajorityVoteNode, electorate: TokenHoldersNode): QuorumRulesResult {
  const { token } = electorate.params;
  const p = vote.params;
  const result: QuorumRulesResult = { diagnostics: [] };
  if (p.quorumOf === 'delegated') result.quorumOf = 'delegated';
  if (p.quorumExcluded !== undefined && p.quorumExcluded.length > 0)
    result.quorumExcluded = [...new Set(p.quorumExcluded.map((address) => getAddress(address)))];
  for (const [field, value] of [
    ['quorumMinimum', p.quorumMinimum],
    ['quorumMaximum', p.quorumMaximum],
  ] as const) {
    if (value === undefined) continue;
    if (significantDecimals(value) > token.decimals) {
      result.diagnostics.push(tooPrecise(vote, electorate, value, `params.${field}`));
      continue;
    }
    const amount = toBaseUnits(value, token.decimals);
    // A minimum of 0 bounds nothing, and the Governor reads back none.
    if (field === 'quorumMaximum' || amount > 0n) result[field] = amount;
  }
  return result;
}

/** An amount with more decimal places than the token has, at `field`. */
function tooPrecise(
  vote: MajorityVoteNode,
  electorate: TokenHoldersNode,
  value: string,
  field: string,
): Diagnostic {
  const { token } = electorate.params;
  const places = {
    en:
      token.decimals === 0
        ? 'no decimals'
        : `only ${token.decimals} decimal place${token.decimals === 1 ? '' : 's'}`,
    ko: token.decimals === 0 ? '소수 없음' : `소수 ${token.decimals}자리까지`,
  };
  const message = say('oz.threshold-too-precise', {
    node: nodeNameWords(vote),
    value,
    symbol: token.symbol,
    places,
  });
  return createDiagnostic('too-precise', message, { nodeId: vote.id, field });
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
 * An absolute quorum is CharterCounting's fixed quorum, in base units of the token (as CompoundGovernor's
 * GovernorSettableFixedQuorum holds 400,000 COMP): `quorum(timepoint)` returns it whatever the supply. A super quorum
 * beside it is still a share of supply, over its own denominator, with a quorum numerator of 0.
 *
 * A share may have a base and bounds ({@link quorumRules}): then CharterCounting computes L2ArbitrumGovernor's
 * quorum, the token's past total delegation (or supply) less the excluded addresses' past votes, times the share,
 * rounded down, and clamped to the minimum and maximum.
 */
export function governorQuorum(vote: MajorityVoteNode, electorate: TokenHoldersNode): GovernorQuorum {
  const name = nodeNameWords(vote);
  const { quorum, superQuorum } = vote.params;
  if ('absolute' in quorum) {
    if (significantDecimals(quorum.absolute) > electorate.params.token.decimals)
      return {
        quorumNumerator: 0n,
        quorumDenominator: 100n,
        diagnostics: [tooPrecise(vote, electorate, quorum.absolute, 'params.quorum.absolute')],
      };
    // A fixed quorum with bounds is the bounded amount: the bounds are folded in here, as the simulator clamps it.
    const { diagnostics: boundProblems, quorumMinimum, quorumMaximum } = quorumRules(vote, electorate);
    if (boundProblems.length > 0)
      return { quorumNumerator: 0n, quorumDenominator: 100n, diagnostics: boundProblems };
    let fixedQuorum = toBaseUnits(quorum.absolute, electorate.params.token.decimals);
    if (quorumMinimum !== undefined && fixedQuorum < quorumMinimum) fixedQuorum = quorumMinimum;
    else if (quorumMaximum !== undefined && fixedQuorum > quorumMaximum) fixedQuorum = quorumMaximum;
    const superFraction = superQuorum === undefined ? undefined : percentToFraction(superQuorum);
    return {
      quorumNumerator: 0n,
      quorumDenominator: superFraction?.denominator ?? 100n,
      ...(superFraction === undefined ? {} : { superQuorumNumerator: superFraction.numerator }),
      // A quorum of 0 is the share 0 of supply: CharterCounting reads a fixed quorum of 0 as "none".
      ...(fixedQuorum === 0n ? {} : { fixedQuorum }),
      diagnostics: [],
    };
  }

  const { diagnostics: ruleProblems, ...rules } = quorumRules(vote, electorate);
  const fraction = percentToFraction(quorum.percent);
  if (superQuorum === undefined) {
    return {
      quorumNumerator: fraction.numerator,
      quorumDenominator: fraction.denominator,
      ...rules,
      diagnostics: ruleProblems,
    };
  }
  const superFraction = percentToFraction(superQuorum);
  const denominator =
    // biome-ignore lint/complexity/useMathMinMax: Math.max does not take bigints
    fraction.denominator > superFraction.denominator ? fraction.denominator : superFraction.denominator;
  const quorumNumerator = fraction.numerator * (denominator / fraction.denominator);
  const superQuorumNumerator = superFraction.numerator * (denominator / superFraction.denominator);
  const diagnostics: Diagnostic[] = [...ruleProblems];
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
  return { quorumNumerator, quorumDenominator: denominator, superQuorumNumerator, ...rules, diagnostics };
}
