import { maxUint256 } from 'viem';
import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { say } from '../../diagnostics/say.ts';
import { formatAmount } from '../../format/format-amount.ts';
import { nodeNameWords } from '../../format/node-name-words.ts';
import type { ProposalNode, TokenHoldersNode } from '../../generated/charter-document.ts';
import { significantDecimals } from '../../units/decimal.ts';
import { toBaseUnits } from '../../units/to-base-units.ts';

/** What {@link proposalThreshold} gives: the threshold in base units, or why it cannot be used. */
export interface ProposalThreshold {
  /** Base units of the Governor's token; 0 when a diagnostic explains why there is none. */
  proposalThreshold: bigint;
  diagnostics: Diagnostic[];
}

/**
 * A proposal node's minimum voting power (whole tokens) as the Governor's `proposalThreshold`, in base units of the
 * token it counts votes in, a uint256 (contracts/governance/extensions/GovernorSettings.sol,
 * `initialProposalThreshold`; the Contracts Wizard writes `${threshold}e${decimals}`, packages/core/solidity/src/
 * governor.ts, getProposalThreshold). The Governor compares it with the proposer's votes in the voting token, so the
 * amount is read with that token's decimals: too many decimal places is `too-precise` (the validator only checks it
 * against a `proposers` electorate), more than a uint256 is `target-out-of-range`.
 */
export function proposalThreshold(proposal: ProposalNode, electorate: TokenHoldersNode): ProposalThreshold {
  const { minVotingPower } = proposal.params;
  const { token } = electorate.params;
  const at = { nodeId: proposal.id, field: 'params.minVotingPower' };
  const name = nodeNameWords(proposal);
  if (significantDecimals(minVotingPower) > token.decimals) {
    const places = {
      en:
        token.decimals === 0
          ? 'no decimals'
          : `only ${token.decimals} decimal place${token.decimals === 1 ? '' : 's'}`,
      ko: token.decimals === 0 ? '소수 없음' : `소수 ${token.decimals}자리까지`,
    };
    const message = say('oz.threshold-too-precise', {
      node: name,
      value: minVotingPower,
      symbol: token.symbol,
      places,
    });
    return { proposalThreshold: 0n, diagnostics: [createDiagnostic('too-precise', message, at)] };
  }
  const threshold = toBaseUnits(minVotingPower, token.decimals);
  if (threshold > maxUint256) {
    const message = say('oz.threshold-too-large', {
      node: name,
      amount: formatAmount(minVotingPower, token.symbol),
    });
    return { proposalThreshold: 0n, diagnostics: [createDiagnostic('target-out-of-range', message, at)] };
  }
  return { proposalThreshold: threshold, diagnostics: [] };
}
