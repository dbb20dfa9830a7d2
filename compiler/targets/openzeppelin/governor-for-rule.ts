import { maxUint256 } from 'viem';
import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { say } from '../../diagnostics/say.ts';
import { formatAmount } from '../../format/format-amount.ts';
import { nodeNameWords } from '../../format/node-name-words.ts';
import type { MajorityVoteNode, TokenHoldersNode } from '../../generated/charter-document.ts';
import { toBaseUnits } from '../../units/to-base-units.ts';

/** What {@link governorForRule} gives: the For threshold and margin in base units (each when the vote has it). */
export interface GovernorForRule {
  forThreshold?: bigint;
  forMargin?: bigint;
  diagnostics: Diagnostic[];
}

/**
 * A majority vote's For threshold and For − Against margin (whole tokens) as CharterCounting's `forThreshold` and
 * `forMargin`, in base units of the voting token: Aave Governance v3's `yesThreshold · 10^18` and
 * `yesNoDifferential · 10^18` (src/contracts/GovernanceCore.sol, `_isPassingYesThreshold`: forVotes > yesThreshold;
 * `_isPassingYesNoDifferential`: forVotes ≥ againstVotes && forVotes − againstVotes > yesNoDifferential). Validation
 * has checked the decimals against the voters' token; more than a uint256 is `target-out-of-range`.
 */
export function governorForRule(vote: MajorityVoteNode, electorate: TokenHoldersNode): GovernorForRule {
  const { token } = electorate.params;
  const result: GovernorForRule = { diagnostics: [] };
  for (const field of ['forThreshold', 'forMargin'] as const) {
    const amount = vote.params[field];
    if (amount === undefined) continue;
    const value = toBaseUnits(amount, token.decimals);
    if (value <= maxUint256) {
      result[field] = value;
      continue;
    }
    const message = say('oz.amount-too-large', {
      node: nodeNameWords(vote),
      amount: formatAmount(amount, token.symbol),
    });
    result.diagnostics.push(
      createDiagnostic('target-out-of-range', message, { nodeId: vote.id, field: `params.${field}` }),
    );
  }
  return result;
}
