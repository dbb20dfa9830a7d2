import { maxUint208 } from 'viem';
import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { say } from '../../diagnostics/say.ts';
import { formatAmount } from '../../format/format-amount.ts';
import { nodeNameWords } from '../../format/node-name-words.ts';
import type { MajorityVoteNode, TokenHoldersNode } from '../../generated/charter-document.ts';
import { toBaseUnits } from '../../units/to-base-units.ts';

/**
 * Why token holders cannot be the voters of an OpenZeppelin Governor, one diagnostic per reason; empty when they can.
 * The Governor reads past votes from an ERC20Votes token (contracts/governance/extensions/GovernorVotes.sol:
 * `token().getPastVotes(account, timepoint)`), and ERC20Votes caps the supply at 2^208 − 1 base units so its
 * checkpoints fit (contracts/token/ERC20/extensions/ERC20Votes.sol, `_maxSupply`, ERC20ExceededSafeSupply).
 */
export function electorateDiagnostics(electorate: TokenHoldersNode, vote: MajorityVoteNode): Diagnostic[] {
  const name = nodeNameWords(electorate);
  const at = (field: string) => ({ nodeId: electorate.id, field: `params.${field}` });
  const diagnostics: Diagnostic[] = [];
  const { token } = electorate.params;

  if (electorate.params.standard !== 'erc20-votes') {
    const message = say('oz.plain-balance', { node: name, vote: nodeNameWords(vote) });
    diagnostics.push(createDiagnostic('target-unsupported', message, at('standard')));
  }
  if (!electorate.params.delegation) {
    const message = say('oz.no-delegation', { node: name, vote: nodeNameWords(vote) });
    diagnostics.push(createDiagnostic('target-unsupported', message, at('delegation')));
  }
  if (toBaseUnits(token.totalSupply, token.decimals) > maxUint208) {
    const message = say('oz.supply-too-large', {
      node: name,
      supply: formatAmount(token.totalSupply, token.symbol),
      decimals: token.decimals,
    });
    diagnostics.push(createDiagnostic('target-out-of-range', message, at('token.totalSupply')));
  }
  return diagnostics;
}
