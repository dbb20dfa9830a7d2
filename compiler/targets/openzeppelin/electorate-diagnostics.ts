import { maxUint208 } from 'viem';
import { createDiagnostic } from '../../diagnostics/create-diagnostic.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { formatAmount } from '../../format/format-amount.ts';
import { nodeName } from '../../format/node-name.ts';
import type { MajorityVoteNode, TokenHoldersNode } from '../../generated/charter-document.ts';
import { toBaseUnits } from '../../units/to-base-units.ts';

/**
 * Why token holders cannot be the voters of an OpenZeppelin Governor, one diagnostic per reason; empty when they can.
 * The Governor reads past votes from an ERC20Votes token (contracts/governance/extensions/GovernorVotes.sol:
 * `token().getPastVotes(account, timepoint)`), and ERC20Votes caps the supply at 2^208 − 1 base units so its
 * checkpoints fit (contracts/token/ERC20/extensions/ERC20Votes.sol, `_maxSupply`, ERC20ExceededSafeSupply).
 */
export function electorateDiagnostics(electorate: TokenHoldersNode, vote: MajorityVoteNode): Diagnostic[] {
  const name = nodeName(electorate);
  const at = (field: string) => ({ nodeId: electorate.id, field: `params.${field}` });
  const diagnostics: Diagnostic[] = [];
  const { token } = electorate.params;

  if (electorate.params.standard !== 'erc20-votes') {
    const message =
      `${name}: voting power from the plain balance keeps no history, but OpenZeppelin's Governor reads each ` +
      "voter's power at the proposal's start from an ERC20Votes token (GovernorVotes), so tokens bought during a " +
      `vote cannot count twice. Set "Voting power from" to erc20-votes to use it for ${nodeName(vote)}.`;
    diagnostics.push(createDiagnostic('target-unsupported', message, at('standard')));
  }
  if (!electorate.params.delegation) {
    const message =
      `${name}: holders may not delegate, but the ERC20Votes token OpenZeppelin's Governor counts lets every ` +
      'holder delegate to anyone, and counts only delegated votes (holders delegate to themselves to vote). ' +
      `Turn delegation on to use it for ${nodeName(vote)}.`;
    diagnostics.push(createDiagnostic('target-unsupported', message, at('delegation')));
  }
  if (toBaseUnits(token.totalSupply, token.decimals) > maxUint208) {
    const message =
      `${name}: a total supply of ${formatAmount(token.totalSupply, token.symbol)} with ${token.decimals} decimals ` +
      "is more than an ERC20Votes token can hold (2^208 − 1 base units), so OpenZeppelin's Governor cannot count " +
      'it. Lower the supply or the decimals.';
    diagnostics.push(createDiagnostic('target-out-of-range', message, at('token.totalSupply')));
  }
  return diagnostics;
}
