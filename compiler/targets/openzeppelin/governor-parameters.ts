import type { MajorityVoteNode, ProposalNode, TokenHoldersNode } from '../../generated/charter-document.ts';
import { percentToFraction } from '../../units/percent-to-fraction.ts';
import type { Clock } from '../../units/seconds-to-clock.ts';
import type { TargetResult } from '../target-result.ts';
import { countingDiagnostics } from './counting-diagnostics.ts';
import { eip712Name } from './eip712-name.ts';
import { electorateDiagnostics } from './electorate-diagnostics.ts';
import { governorDurations } from './governor-durations.ts';
import { governorForRule } from './governor-for-rule.ts';
import { governorQuorum } from './governor-quorum.ts';
import { proposalThreshold } from './proposal-threshold.ts';
import type { GovernorParameters } from './types.ts';

/** What {@link governorParameters} reads: nodes of a validated document with its defaults filled in. */
export interface GovernorParametersInput {
  /** The Governor's name, its EIP-712 domain (usually the document's name); cut to 31 UTF-8 bytes by eip712Name. */
  name: string;
  /** The majority vote the Governor runs. */
  vote: MajorityVoteNode;
  /** The token holders at the vote's `voters` input: their token is the Governor's ERC20Votes token. */
  electorate: TokenHoldersNode;
  /** The proposal node whose proposals reach the vote: its `minVotingPower` is the proposal threshold. */
  proposal: ProposalNode;
  /** The chain's block time (seconds) and the token's clock mode. */
  chain: Clock;
}

/**
 * The constructor settings of Charter's reference Governor (OpenZeppelin Contracts 5.7: GovernorSettings,
 * CharterCounting (GovernorCountingSimple with what counts toward quorum, a fixed quorum and the support threshold as
 * settings), GovernorVotes, GovernorVotesQuorumFraction, GovernorPreventLateQuorum, the timelock's module, and
 * GovernorVotesSuperQuorumFraction when the vote has a super quorum) for one majority
 * vote, exactly and within every bound the contracts check. Anything the Governor cannot express or hold comes back as
 * diagnostics naming the node and field, all of them at once, and then no parameters: `target-unsupported` for a rule
 * it runs differently (voting mode, the electorate's token),
 * `target-out-of-range` for a value beyond its types. The name is cut to what EIP712 can hold ({@link eip712Name}):
 * the Governor's name only labels its signatures, and a longer one would make its deployment revert.
 *
 * @example
 * // 4 % quorum of 1,000,000,000 ACME (18 decimals), 1 day delay and 7 day period at 12 s blocks:
 * // { votingDelay: 7200n, votingPeriod: 50400n, quorumNumerator: 4n, quorumDenominator: 100n, … }
 */
export function governorParameters(input: GovernorParametersInput): TargetResult<GovernorParameters> {
  const { vote, electorate, proposal, chain } = input;
  const durations = governorDurations(vote, chain);
  const quorum = governorQuorum(vote, electorate);
  const threshold = proposalThreshold(proposal, electorate);
  const forRule = governorForRule(vote, electorate);
  const diagnostics = [
    ...electorateDiagnostics(electorate, vote, chain.clockMode),
    ...countingDiagnostics(vote),
    ...durations.diagnostics,
    ...quorum.diagnostics,
    ...threshold.diagnostics,
    ...forRule.diagnostics,
  ];
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  const support = percentToFraction(vote.params.supportThreshold);

  const parameters: GovernorParameters = {
    name: eip712Name(input.name),
    clockMode: chain.clockMode,
    votingDelay: durations.votingDelay,
    votingPeriod: durations.votingPeriod,
    proposalThreshold: threshold.proposalThreshold,
    quorumNumerator: quorum.quorumNumerator,
    quorumDenominator: quorum.quorumDenominator,
    lateQuorumVoteExtension: durations.lateQuorumVoteExtension,
    quorumCounts: vote.params.quorumCounts,
    supportNumerator: support.numerator,
    supportDenominator: support.denominator,
  };
  if (quorum.fixedQuorum !== undefined) parameters.fixedQuorum = quorum.fixedQuorum;
  if (forRule.forThreshold !== undefined) parameters.forThreshold = forRule.forThreshold;
  if (forRule.forMargin !== undefined) parameters.forMargin = forRule.forMargin;
  if (quorum.quorumOf !== undefined) parameters.quorumOf = quorum.quorumOf;
  if (quorum.quorumExcluded !== undefined) parameters.quorumExcluded = quorum.quorumExcluded;
  if (quorum.quorumMinimum !== undefined) parameters.quorumMinimum = quorum.quorumMinimum;
  if (quorum.quorumMaximum !== undefined) parameters.quorumMaximum = quorum.quorumMaximum;
  if (quorum.superQuorumNumerator !== undefined)
    parameters.superQuorumNumerator = quorum.superQuorumNumerator;
  return { ok: true, parameters };
}
